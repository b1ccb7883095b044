"""`ingest --reextract`: stored documents extracted again with the current rules, decisions kept."""

from __future__ import annotations

from sqlalchemy import delete, func, select
from test_resolve import ARTICLES, record_of, write
from typer.testing import CliRunner

from chancery.cli import app
from chancery.ingest import ingest
from chancery.store.db import open_store
from chancery.store.models import Document, EventMention, Participation


def _strip_events(db, doc_id: str) -> None:
    """What a store written by an older version that found no meeting in `doc_id` looks like."""
    with open_store(db).begin() as session:
        session.execute(delete(Participation).where(Participation.doc_id == doc_id))
        session.execute(delete(EventMention).where(EventMention.doc_id == doc_id))


def test_reextract_replaces_a_stored_extraction_and_keeps_hand_decisions(tmp_path):
    paths = write(tmp_path / "in", ["a-fr.txt", "b-en.txt", "d-fr.txt"])
    db = tmp_path / "r.db"
    ingest(paths, db, progress=False)
    before = record_of(db)
    soms = sorted((e for e in before["events"] if e["series"] == "SOM"), key=lambda e: e["start"])
    runner = CliRunner()
    result = runner.invoke(app, ["split", soms[0]["id"], "--source", "b-en", "--db", str(db)])
    assert result.exit_code == 0, result.output
    decided = record_of(db)

    # An older version had found no meeting in d-fr; plain ingest leaves it so.
    _strip_events(db, "d-fr")
    ingest(paths, db, progress=False)
    assert not any(s["doc"] == "d-fr" for e in record_of(db)["events"] for s in e["sources"])

    summary = ingest(paths, db, progress=False, reextract=True)
    assert sorted(summary.reextracted) == ["a-fr", "b-en", "d-fr"] and summary.added == []
    assert summary.decisions_lost == 0
    assert record_of(db) == decided  # the same record, the hand split included
    with open_store(db)() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 3


def test_reextract_an_original_that_a_duplicate_points_to(tmp_path):
    folder = tmp_path / "in"
    paths = write(folder, ["c-en.txt"])
    (folder / "c-en-again.txt").write_text(ARTICLES["c-en.txt"], encoding="utf-8")
    db = tmp_path / "d.db"
    first = ingest([folder], db, progress=False)
    ((copy, original),) = first.duplicates
    summary = ingest([folder], db, progress=False, reextract=True)
    assert sorted(summary.reextracted) == sorted([copy, original]) and len(paths) == 1
    with open_store(db)() as session:
        assert session.get(Document, copy).duplicate_of == original
        assert session.get(Document, original).duplicate_of is None
    assert record_of(db)["documents"]


def test_cli_says_what_was_extracted_again(tmp_path):
    paths = write(tmp_path / "in", ["e-en.txt"])
    db = tmp_path / "c.db"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(paths[0]), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(paths[0]), "--db", str(db), "--reextract"])
    assert result.exit_code == 0, result.output
    assert "1 extracted again" in result.output
