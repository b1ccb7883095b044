"""Ingest: idempotence, exact duplicates, rejections, one bad document does not stop a batch."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from chancery import ingest as ingest_mod
from chancery.ingest import ExtractionError, ingest
from chancery.store.db import open_store
from chancery.store.models import Document, EventMention, PersonMention
from chancery.store.read import store_status


def counts(db) -> dict[str, int]:
    factory = open_store(db)
    with factory() as s:
        out = {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in (Document, EventMention,
                                                                                  PersonMention)}
    factory.kw["bind"].dispose()
    return out


def test_ingest_then_again_adds_nothing(sample_dir, tmp_path, available_pipeline):
    db = tmp_path / "s.db"
    first = ingest([sample_dir], db, progress=False)
    assert sorted(first.added) == ["en-amm", "feed-1", "fr-som"]
    assert first.rejected == [] and first.duplicates == []
    before = counts(db)
    second = ingest([sample_dir], db, progress=False)
    assert second.added == [] and sorted(second.skipped) == ["en-amm", "feed-1", "fr-som"]
    assert counts(db) == before


def test_same_text_under_another_id_is_a_duplicate(sample_dir, tmp_path, available_pipeline):
    db = tmp_path / "s.db"
    ingest([sample_dir], db, progress=False)
    # Same article with other line breaks and spacing: the same content.
    text = (sample_dir / "en-amm.txt").read_text(encoding="utf-8")
    respaced = text.replace("\n\n", "\n\n\n").replace(" in Manila", "  in Manila")
    (sample_dir / "en-amm-copy.txt").write_text(respaced, encoding="utf-8")
    summary = ingest([sample_dir], db, progress=False)
    assert summary.added == ["en-amm-copy"] and summary.duplicates == [("en-amm-copy", "en-amm")]
    factory = open_store(db)
    with factory() as s:
        doc = s.get(Document, "en-amm-copy")
        assert doc.duplicate_of == "en-amm" and doc.clean_text
        assert not doc.event_mentions and not doc.person_mentions
    factory.kw["bind"].dispose()


def test_duplicates_within_one_run(tmp_path, sample_dir, available_pipeline):
    shutil.copy(sample_dir / "fr-som.txt", sample_dir / "fr-som-bis.txt")
    summary = ingest([sample_dir], tmp_path / "s.db", progress=False)
    # Files are read in sorted order: "fr-som-bis" comes first and is the original.
    assert summary.duplicates == [("fr-som", "fr-som-bis")]


def write_bad_inputs(d):
    d.mkdir(exist_ok=True)
    (d / "notes.md").write_text("# not an article\n", encoding="utf-8")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20)
    (d / "mangled.txt").write_bytes(b"\xef\xbb\xbfHanoi (VNA) - caf\xe9 \xff\xfe\n")
    (d / "empty.txt").write_bytes(b"")
    (d / "feed.jsonl").write_text(
        '{"id": "ok-1", "lang": "en", "text": "Hanoi (VNA) - Deputy Minister Tran Thi Mai met an envoy."}\n'
        '{"id": "bad-2", "text": "unterminated\n', encoding="utf-8")


def test_every_kind_of_rejection_is_recorded_and_listed(tmp_path, available_pipeline):
    d = tmp_path / "bad"
    write_bad_inputs(d)
    db = tmp_path / "s.db"
    summary = ingest([d], db, progress=False)
    assert summary.added == ["ok-1"]
    reasons = {(r.path.rsplit("/", 1)[-1], r.line): r.reason for r in summary.rejected}
    assert reasons[("notes.md", None)] == "unsupported file type .md"
    assert reasons[("image.txt", None)].startswith("binary file")
    assert reasons[("mangled.txt", None)] == "undecodable text"
    assert reasons[("empty.txt", None)] == "empty file"
    assert reasons[("feed.jsonl", 2)].startswith("invalid JSON")
    # Seen again: listed again by the run, but stored once.
    again = ingest([d], db, progress=False)
    assert len(again.rejected) == 5
    factory = open_store(db)
    with factory() as s:
        st = store_status(s)
    factory.kw["bind"].dispose()
    assert len(st.rejections) == 5
    assert any(path.endswith("feed.jsonl") and line == 2 for path, line, _ in st.rejections)


def test_a_document_the_pipeline_fails_on_is_rejected_not_fatal(sample_dir, tmp_path, monkeypatch,
                                                                available_pipeline):
    real = ingest_mod._process

    def flaky(source):
        if source.doc_id == "en-amm":
            raise ValueError("rule bug")
        return real(source)

    monkeypatch.setattr(ingest_mod, "_process", flaky)
    db = tmp_path / "s.db"
    summary = ingest([sample_dir], db, progress=False)
    assert sorted(summary.added) == ["feed-1", "fr-som"]
    assert [r.reason for r in summary.rejected] == ["extraction failed: ValueError: rule bug"]
    with pytest.raises(ExtractionError):
        ingest([sample_dir], tmp_path / "strict.db", strict=True, progress=False)
    # Fixed: the next run stores it and forgets the old rejection.
    monkeypatch.setattr(ingest_mod, "_process", real)
    summary = ingest([sample_dir], db, progress=False)
    assert summary.added == ["en-amm"]
    factory = open_store(db)
    with factory() as s:
        assert store_status(s).rejections == []
    factory.kw["bind"].dispose()


def test_a_missing_pipeline_component_is_not_swallowed(sample_dir, tmp_path, monkeypatch):
    from chancery.extract import pipeline

    def missing(article):
        raise ImportError("No module named 'chancery.extract.nothing'")

    monkeypatch.setattr(pipeline, "PIPELINE", [("nothing", missing)])
    with pytest.raises(ImportError):
        ingest([sample_dir], tmp_path / "s.db", progress=False)


def test_resolution_links_every_mention(sample_dir, tmp_path, available_pipeline):
    db = tmp_path / "s.db"
    ingest([sample_dir], db, progress=False)
    factory = open_store(db)
    with factory() as s:
        count = select(func.count())
        assert s.scalar(count.select_from(EventMention).where(EventMention.event_id.is_(None))) == 0
        assert s.scalar(count.select_from(PersonMention).where(PersonMention.person_id.is_(None))) == 0
    factory.kw["bind"].dispose()


def test_two_inputs_with_one_id(tmp_path, sample_dir, available_pipeline):
    (sample_dir / "en-amm.html").write_text(
        "<html><body><article><p>Hanoi (VNA) - Another text entirely, about a SOM in Hanoi.</p></article>"
        "</body></html>", encoding="utf-8")
    db = tmp_path / "s.db"
    for _ in range(2):  # and the same answer when run again
        summary = ingest([sample_dir, sample_dir / "fr-som.txt"], db, progress=False)
        expected = f"id 'en-amm' already used by {sample_dir}/en-amm.html"
        assert [r.reason for r in summary.rejected] == [expected]
