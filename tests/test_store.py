"""Store writes (one article -> rows) and the shared read queries."""

from __future__ import annotations

from conftest import make_article
from sqlalchemy import func, select

from chancery.document import Rejection
from chancery.store.db import open_store
from chancery.store.models import (
    Document,
    EventMention,
    FactRecord,
    Participation,
    PersonMention,
    TitleRecord,
)
from chancery.store.models import Rejection as RejectionRow
from chancery.store.read import (
    find_events,
    find_people,
    fold,
    record_events,
    record_people,
    sentence_around,
    store_status,
)
from chancery.store.write import content_hash, save_article, save_rejection


def test_content_hash_folds_whitespace_and_unicode_forms():
    assert content_hash("Hà Nội  a\n\nb ") == content_hash("Ha\u0300 Nội a b")
    assert content_hash("a b") != content_hash("a c")


def test_save_article_writes_every_layer(tmp_path):
    factory = open_store(tmp_path / "s.db")
    art = make_article("doc-a")
    with factory.begin() as s:
        save_article(s, art, content_hash(art.text), None)
    with factory() as s:
        doc = s.get(Document, "doc-a")
        assert doc.clean_text == art.text and doc.raw_text.startswith(" date")
        assert doc.meta["sentences"][0] == [art.sentences[0].start, art.sentences[0].end]
        # The short form "Tám" folds into the full mention: two rows, the first with two spans.
        pms = s.scalars(select(PersonMention).order_by(PersonMention.idx)).all()
        assert [p.name for p in pms] == ["Lê Văn Tám", "Bounmy Phan"]
        assert len(pms[0].spans) == 2 and pms[0].spans[1][0] == art.people[2].span.start
        ems = s.scalars(select(EventMention).order_by(EventMention.idx)).all()
        assert [(e.series, e.start, e.referenced_only) for e in ems] == [
            ("SOM", "2026-03-12", False), ("ASEAN-SUMMIT", None, True)]
        parts = s.scalars(select(Participation)).all()
        # The short form's participation points to the full mention.
        assert sorted((p.person_mention.name, p.function) for p in parts) == [
            ("Bounmy Phan", "chaired"), ("Lê Văn Tám", "attended"), ("Lê Văn Tám", "led_delegation")]
        titles = s.scalars(select(TitleRecord).order_by(TitleRecord.id)).all()
        assert [(t.title, t.date) for t in titles] == [("vice-ministre", "2026-03-12"),
                                                       ("secrétaire permanent", "2026-03-12")]
        assert s.scalar(select(func.count()).select_from(FactRecord)) == 1


def test_undated_article_titles_take_the_event_date(tmp_path):
    factory = open_store(tmp_path / "s.db")
    art = make_article("doc-u", published=None)
    with factory.begin() as s:
        save_article(s, art, content_hash(art.text), None)
    with factory() as s:
        assert {t.date for t in s.scalars(select(TitleRecord))} == {"2026-03-12"}


def test_duplicate_document_has_no_mentions_of_its_own(synthetic_store):
    _, factory = synthetic_store
    with factory() as s:
        assert s.get(Document, "doc-b").duplicate_of == "doc-a"
        n = select(func.count()).select_from(EventMention).where(EventMention.doc_id == "doc-b")
        assert s.scalar(n) == 0


def test_rejections_are_stored_once_per_path_and_line(tmp_path):
    factory = open_store(tmp_path / "s.db")
    for _ in range(2):
        with factory.begin() as s:
            save_rejection(s, Rejection("/in/a.md", "unsupported file type .md"))
            save_rejection(s, Rejection("/in/f.jsonl", "invalid JSON", line=3))
            save_rejection(s, Rejection("/in/f.jsonl", "invalid JSON", line=4))
    with factory() as s:
        assert s.scalar(select(func.count()).select_from(RejectionRow)) == 3
        st = store_status(s)
    assert ("/in/f.jsonl", 3, "invalid JSON") in st.rejections


def test_a_document_that_now_reads_clears_its_old_rejection(tmp_path):
    factory = open_store(tmp_path / "s.db")
    art = make_article("doc-a")
    with factory.begin() as s:
        save_rejection(s, Rejection(art.source.path, "extraction failed: KeyError"))
    with factory.begin() as s:
        save_article(s, art, content_hash(art.text), None)
    with factory() as s:
        assert store_status(s).rejections == []


def test_fold_ignores_case_accents_and_hyphens():
    assert fold("Đỗ Hùng-Việt") == fold("do hung viet") == "do hung viet"
    assert fold("Dô Hùng Viêt") == "do hung viet"


def test_queries(synthetic_store):
    _, factory = synthetic_store
    with factory() as s:
        som = find_events(s, series="som")
        assert len(som) == 1
        assert find_events(s, country="LA", year=2026) == som
        assert find_events(s, country="TH") == []
        assert find_events(s, person="le van tam") == som  # accent-insensitive
        assert find_events(s, person="Nobody") == []
        assert len(find_people(s, "BOUNMY")) == 1
        ev = record_events(s, som)[0]
        assert ev["series"] == "SOM"
        person = record_people(s, find_people(s, "Tám"))[0]
        assert person["name"] == "Lê Văn Tám"


def test_sentence_around_uses_the_sentence_layer(synthetic_store):
    _, factory = synthetic_store
    with factory() as s:
        doc = s.get(Document, "doc-a")
        i = doc.clean_text.index("Bounmy")
        expected = "La réunion était présidée par Bounmy Phan, secrétaire permanent."
        assert sentence_around(doc, i, i + 6) == expected
        doc.meta = {}
        assert "Bounmy Phan" in sentence_around(doc, i, i + 6)
