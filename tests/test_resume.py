"""Crash safety: kill a real ingest with SIGKILL mid-run, run it again, get the same store as a clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from chancery.export import export
from chancery.store.db import open_store

TESTS = Path(__file__).parent

# Runs the CLI in a child process with the extraction components that exist (see conftest).
RUNNER = textwrap.dedent(f"""
    import sys
    sys.path.insert(0, {str(TESTS)!r})
    from conftest import importable_components
    from chancery.extract import pipeline
    names = importable_components()
    pipeline.PIPELINE = [(n, c) for n, c in pipeline.PIPELINE if n in names]
    from chancery.cli import app
    app()
""")

CITIES = ["Hanoi", "Vientiane", "Jakarta", "Manila", "Bangkok", "Phnom Penh", "Kuala Lumpur", "Singapore"]


def make_corpus(d: Path, n: int = 12) -> list[str]:
    d.mkdir()
    ids = []
    for i in range(n):
        city = CITIES[i % len(CITIES)]
        doc_id = f"art-{i:02d}"
        (d / f"{doc_id}.txt").write_text(
            f" date 2026-0{1 + i % 9}-1{i % 9}\n{city} (VNA) - Deputy Foreign Minister Nguyen Van An led the "
            f"Vietnamese delegation to the ASEAN Senior Officials' Meeting (SOM) in {city} on "
            f"{['Monday', 'Tuesday', 'Friday'][i % 3]}, the {i + 1}th meeting of its kind this year.\n\n"
            f"The meeting was chaired by Ambassador Siri Wong of Thailand.-VNA\n",
            encoding="utf-8",
        )
        ids.append(doc_id)
    (d / "dup.txt").write_text((d / "art-03.txt").read_text(encoding="utf-8"), encoding="utf-8")
    return [*ids, "dup"]


def stored_ids(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return [r[0] for r in con.execute("select id from documents")]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return []  # not created yet


def cli(args: list[str], env: dict | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", RUNNER, *args], env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def record(db: Path) -> str:
    factory = open_store(db)
    with factory() as s:
        out = export(s, "record")
    factory.kw["bind"].dispose()
    return out


@pytest.mark.slow
def test_kill_mid_ingest_then_resume(tmp_path):
    corpus = tmp_path / "in"
    ids = make_corpus(corpus)
    db = tmp_path / "killed.db"
    proc = cli(["ingest", str(corpus), "--db", str(db), "--quiet"], env={"CHANCERY_TEST_SLOW_MS": "300"})
    deadline = time.monotonic() + 120
    try:
        while len(stored_ids(db)) < 3:
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = stored_ids(db)
    assert 3 <= len(partial) < len(ids), "killed too late to test anything"

    again = cli(["ingest", str(corpus), "--db", str(db)])
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    assert f"{len(partial)} already stored" in err.decode()
    after = stored_ids(db)
    assert sorted(after) == sorted(ids)  # every document, exactly once (ids are the primary key)

    clean_db = tmp_path / "clean.db"
    fresh = cli(["ingest", str(corpus), "--db", str(clean_db), "--quiet"])
    _, err = fresh.communicate(timeout=300)
    assert fresh.returncode == 0, err.decode()
    assert record(db) == record(clean_db)


def test_a_run_stopped_before_resolution_is_resolved_by_the_next(tmp_path, sample_dir, monkeypatch,
                                                                  available_pipeline):
    from sqlalchemy import func, select

    from chancery import ingest as ingest_mod
    from chancery.store.models import EventMention, PersonMention

    def crash(session):
        raise RuntimeError("killed during resolution")

    db = tmp_path / "s.db"
    with monkeypatch.context() as m:
        m.setattr(ingest_mod, "resolve_store", crash)
        with pytest.raises(RuntimeError):
            ingest_mod.ingest([sample_dir], db, progress=False)
    summary = ingest_mod.ingest([sample_dir], db, progress=False)
    assert summary.added == []  # documents were committed one by one before the crash
    factory = open_store(db)
    with factory() as s:
        count = select(func.count())
        assert s.scalar(count.select_from(EventMention)) > 0
        assert s.scalar(count.select_from(EventMention).where(EventMention.event_id.is_(None))) == 0
        assert s.scalar(count.select_from(PersonMention).where(PersonMention.person_id.is_(None))) == 0
    factory.kw["bind"].dispose()
