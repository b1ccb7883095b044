"""The command line: each command on a small store, and user mistakes as one line, no traceback."""

from __future__ import annotations

import json
import sqlite3

import pytest
from typer.testing import CliRunner

from chancery.cli import app

runner = CliRunner()


def run(*args: str, env: dict | None = None):
    return runner.invoke(app, list(args), env=env)


def assert_clean_error(result, code: int = 2, words: str = "") -> None:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chancery: error:"), result.stderr
    assert words in lines[0]


@pytest.fixture
def store_db(tmp_path, sample_dir, available_pipeline):
    db = tmp_path / "s.db"
    result = run("ingest", str(sample_dir), "--db", str(db), "--quiet")
    assert result.exit_code == 0, result.stderr
    return db


def test_ingest_summary_and_status(tmp_path, sample_dir, available_pipeline):
    (sample_dir / "notes.md").write_text("notes\n", encoding="utf-8")
    db = tmp_path / "s.db"
    result = run("ingest", str(sample_dir), "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert "3 documents added" in result.stderr and "1 rejected" in result.stderr
    assert "notes.md: unsupported file type .md" in result.stderr
    status = run("status", "--db", str(db))
    assert status.exit_code == 0
    assert "3 documents" in status.stdout and "notes.md: unsupported file type .md" in status.stdout
    strict = run("ingest", str(sample_dir), "--db", str(db), "--strict", "--quiet")
    assert strict.exit_code == 1


def test_store_from_the_environment(tmp_path, sample_dir, available_pipeline):
    db = tmp_path / "env.db"
    assert run("ingest", str(sample_dir), "--quiet", env={"CHANCERY_DB": str(db)}).exit_code == 0
    assert db.exists()
    assert "3 documents" in run("status", env={"CHANCERY_DB": str(db)}).stdout


def test_export_formats(store_db, tmp_path):
    result = run("export", "--db", str(store_db))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema"] == "chancery.record/1"
    out = tmp_path / "t.parquet"
    assert run("export", "--format", "parquet", "--out", str(out), "--db", str(store_db)).exit_code == 0
    assert out.read_bytes()[:4] == b"PAR1"
    cal = run("export", "-f", "ical", "--db", str(store_db))
    assert cal.stdout.startswith("BEGIN:VCALENDAR")


def test_queries_and_show(synthetic_store):
    db, _ = synthetic_store
    events = run("events", "--db", str(db), "--json")
    assert events.exit_code == 0
    rows = json.loads(events.stdout)
    assert [e["series"] for e in rows] == ["SOM", "ASEAN-SUMMIT"]
    som = rows[0]["id"]
    # Filters: country by name (FR or EN) or code, person without accents.
    for args in (["--country", "Laos"], ["--country", "la"], ["--person", "le van tam"], ["--series", "SOM"],
                 ["--year", "2026"]):
        got = json.loads(run("events", "--db", str(db), "--json", *args).stdout)
        assert [e["id"] for e in got] == [som], args
    assert json.loads(run("events", "--db", str(db), "--json", "--country", "Thailand").stdout) == []
    table = run("events", "--db", str(db))
    assert table.exit_code == 0 and "SOM" in table.stdout
    people = json.loads(run("people", "--db", str(db), "--json", "--name", "tam").stdout)
    assert [p["name"] for p in people] == ["Lê Văn Tám"]
    assert "Bounmy Phan" in run("people", "--db", str(db)).stdout

    shown = run("show", som, "--db", str(db))
    assert shown.exit_code == 0
    # Facts come with the sentence they rest on.
    assert "La réunion était présidée par Bounmy Phan" in shown.stdout
    person = run("show", people[0]["id"], "--db", str(db))
    assert person.exit_code == 0 and "vice-ministre" in person.stdout and "led_delegation" in person.stdout
    doc = run("show", "doc-a", "--db", str(db))
    assert doc.exit_code == 0 and "count: 48" in doc.stdout
    assert "exact duplicate of doc-a" in run("show", "doc-b", "--db", str(db)).stdout


def test_user_mistakes_are_one_line(tmp_path, synthetic_store):
    db, _ = synthetic_store
    assert_clean_error(run("ingest", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.db")), 2,
                       "no such file")
    assert_clean_error(run("status", "--db", str(tmp_path / "missing.db")), 2, "no store")
    assert_clean_error(run("show", "ev-nothing", "--db", str(db)), 2, "ev-nothing")
    assert_clean_error(run("export", "--format", "xlsx", "--db", str(db)), 2, "unknown format")
    assert_clean_error(run("events", "--country", "Atlantis", "--db", str(db)), 2, "unknown country")
    text = tmp_path / "notes.db"
    text.write_text("not a database at all\n", encoding="utf-8")
    assert_clean_error(run("status", "--db", str(text)), 2, "not a SQLite database")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("create table invoices (id integer)")
    con.commit()
    con.close()
    assert_clean_error(run("events", "--db", str(other)), 2, "not a Chancery store")
    assert_clean_error(run("ingest", str(tmp_path), "--db", str(other)), 2, "not a Chancery store")
    assert_clean_error(run("export", "--out", str(tmp_path / "no" / "dir" / "r.json"), "--db", str(db)), 2,
                       "cannot write")
    bad_report = run("report", "--country", "VN", "--year", "2026", "--format", "doc", "--db", str(db))
    assert_clean_error(bad_report, 2, "unknown format")


def test_unreadable_input_is_a_rejection_not_a_crash(tmp_path, sample_dir, available_pipeline):
    import os

    locked = sample_dir / "locked.txt"
    locked.write_text("Hanoi (VNA) - text", encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions are not enforced")
        result = run("ingest", str(sample_dir), "--db", str(tmp_path / "s.db"))
        assert result.exit_code == 0 and "locked.txt: unreadable file" in result.stderr
    finally:
        locked.chmod(0o644)
