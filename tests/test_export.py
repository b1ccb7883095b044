"""Exports: the record's shape (as /work/shared/eval/README.md fixes it), flat tables, iCalendar."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from chancery.export import ExportError, export, series_label

EVENT_KEYS = {"id", "series", "kind", "ordinal", "start", "end", "city", "country", "status", "partner",
              "countries", "referenced_only", "participants", "sources"}
PARTICIPANT_KEYS = {"person", "name", "role", "country", "function", "sources"}
PERSON_KEYS = {"id", "name", "aliases", "country", "titles", "sources"}


def check_record_shape(rec: dict) -> None:
    """Every key the scorer reads, with the right types."""
    assert rec["schema"] == "chancery.record/1"
    for d in rec["documents"]:
        assert {"id", "lang", "published", "title"} <= set(d)
    for ev in rec["events"]:
        assert EVENT_KEYS <= set(ev), EVENT_KEYS - set(ev)
        assert isinstance(ev["referenced_only"], bool)
        for src in ev["sources"]:
            assert {"doc", "start", "end"} <= set(src) and src["start"] <= src["end"]
        for p in ev["participants"]:
            assert PARTICIPANT_KEYS <= set(p)
            assert p["function"] in ("chaired", "led_delegation", "attended", "hosted")
            assert all({"doc", "start", "end"} <= set(s) for s in p["sources"])
    for p in rec["people"]:
        assert PERSON_KEYS <= set(p)
        assert isinstance(p["aliases"], list)
        assert all({"title", "doc"} <= set(t) for t in p["titles"])
        assert all({"doc", "start", "end"} <= set(s) for s in p["sources"])


def test_record_shape_and_duplicates(synthetic_store):
    _, factory = synthetic_store
    with factory() as s:
        rec = json.loads(export(s, "record"))
    check_record_shape(rec)
    assert [d["id"] for d in rec["documents"]] == ["doc-a", "doc-b"]
    assert rec["documents"][1]["duplicate_of"] == "doc-a"
    som = next(e for e in rec["events"] if e["series"] == "SOM")
    # The duplicate is a source of the original's events, participants, people and titles, same spans.
    assert [s["doc"] for s in som["sources"]] == ["doc-a", "doc-b"]
    assert som["sources"][0]["start"] == som["sources"][1]["start"]
    tam = [p for p in som["participants"] if p["name"] == "Lê Văn Tám"]
    # Two functions for Tám in this article (led the delegation, and a short-form "attended"):
    # one participant row per (person, function, role), each with one source per document.
    assert sorted(p["function"] for p in tam) == ["attended", "led_delegation"]
    assert all([s["doc"] for s in p["sources"]] == ["doc-a", "doc-b"] for p in tam)
    chair = next(p for p in som["participants"] if p["function"] == "chaired")
    assert (chair["name"], chair["country"], chair["role"]) == ("Bounmy Phan", "LA", "secrétaire permanent")
    summit = next(e for e in rec["events"] if e["series"] == "ASEAN-SUMMIT")
    assert summit["ordinal"] == 48 and summit["sources"][0]["referenced_only"] is True
    person = next(p for p in rec["people"] if p["name"] == "Lê Văn Tám")
    assert person["country"] == "VN"
    assert [(t["title"], t["doc"], t["date"]) for t in person["titles"]] == [
        ("vice-ministre", "doc-a", "2026-03-12"), ("vice-ministre", "doc-b", "2026-03-12")]
    assert [s["doc"] for s in person["sources"]] == ["doc-a", "doc-b"]
    # Ordering: events by start (undated last), people by name.
    assert [e["series"] for e in rec["events"]] == ["SOM", "ASEAN-SUMMIT"]
    assert [p["name"] for p in rec["people"]] == ["Bounmy Phan", "Lê Văn Tám"]


def test_exports_are_deterministic(synthetic_store):
    _, factory = synthetic_store
    for fmt in ("record", "jsonl", "csv", "parquet", "ical"):
        with factory() as s:
            first = export(s, fmt)
        with factory() as s:
            assert export(s, fmt) == first, fmt


def test_flat_tables(synthetic_store):
    _, factory = synthetic_store
    with factory() as s:
        rows = [json.loads(line) for line in export(s, "jsonl").splitlines()]
        table = list(csv.DictReader(io.StringIO(export(s, "csv"))))
        data = export(s, "parquet")
    # SOM: 3 participations; the summit has none and still gets one row.
    assert len(rows) == len(table) == 4
    assert {r["function"] for r in rows if r["series"] == "SOM"} == {"chaired", "led_delegation", "attended"}
    summit = [r for r in rows if r["series"] == "ASEAN-SUMMIT"]
    assert len(summit) == 1 and summit[0]["person_name"] is None
    assert rows[0]["sources"] == "doc-a;doc-b"
    assert table[0]["event_id"] == rows[0]["event_id"]
    import pyarrow.parquet as pq

    t = pq.read_table(io.BytesIO(data))
    assert t.num_rows == 4 and "person_name" in t.column_names
    assert t.column("ordinal").to_pylist().count(48) == 1


def test_ical(synthetic_store):
    _, factory = synthetic_store
    with factory() as s:
        cal = export(s, "ical")
    lines = cal.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and cal.endswith("END:VCALENDAR\r\n")
    # Only the dated event (the summit has no day) becomes a VEVENT; DTEND is exclusive.
    assert cal.count("BEGIN:VEVENT") == 1
    assert "DTSTART;VALUE=DATE:20260312" in lines and "DTEND;VALUE=DATE:20260313" in lines
    assert "SUMMARY:SOM (held)" in lines and "LOCATION:Vientiane\\, LA" in lines
    assert any(line.startswith("UID:ev-") for line in lines)
    assert all(len(line.encode()) <= 75 for line in lines)


def test_ical_folding_keeps_multibyte_characters_whole():
    from chancery.export import _fold

    line = "DESCRIPTION:" + "Lê Văn Tám; " * 20
    folded = _fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_series_label():
    assert series_label({"series": "ASEAN-SUMMIT", "ordinal": 43}) == "ASEAN Summit 43"
    assert series_label({"series": "AMM-RETREAT"}) == "AMM Retreat"
    assert series_label({"series": "ASEAN+1-FMM", "partner": "US"}) == "ASEAN-US FMM"
    assert series_label({"series": None, "kind": "bilateral", "countries": ["PH", "VN"]}) == (
        "Bilateral meeting (PH, VN)")


def test_unknown_format(synthetic_store):
    _, factory = synthetic_store
    with factory() as s, pytest.raises(ExportError):
        export(s, "xlsx")


@pytest.mark.slow
def test_shared_corpus_record_is_read_by_the_scorer(shared_corpus, tmp_path, available_pipeline):
    """Ingest the shared corpus, export the record, and run the project's scorer on it (no threshold)."""
    from chancery.ingest import ingest
    from chancery.store.db import open_store

    shared = shared_corpus.parent
    scorer = shared / "eval" / "score.py"
    if not scorer.is_file():
        pytest.skip("scorer not available")
    db = tmp_path / "c.db"
    summary = ingest([shared_corpus], db, progress=False)
    assert ("dev-14-dup", "dev-14") in summary.duplicates
    factory = open_store(db)
    with factory() as s:
        rec = json.loads(export(s, "record"))
    check_record_shape(rec)
    assert {"dev-01", "dev-14", "dev-14-dup"} <= {d["id"] for d in rec["documents"]}
    out = tmp_path / "record.json"
    out.write_text(json.dumps(rec), encoding="utf-8")
    run = subprocess.run([sys.executable, str(scorer), "--gold", str(shared / "gold"), "--record", str(out),
                          "--json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["documents"] >= 14 and "record_f1" in result
