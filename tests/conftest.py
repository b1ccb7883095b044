"""Shared fixtures. Keep small: several modules' tests use it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("CHANCERY_SHARED", "/work/shared"))


@pytest.fixture
def shared_corpus() -> Path:
    """/work/shared/corpus (read-only); the test is skipped where it is absent."""
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.skip("shared corpus not available")
    return path


# --- ingest, store, export, CLI (spine) ----------------------------------------------------------


def importable_components() -> list[str]:
    """Names of the extraction components whose modules exist (others are being written)."""
    import importlib

    from chancery.extract.pipeline import PIPELINE

    modules = {"dates": "time", "places": "places", "people": "people", "meetings": "meetings",
               "events": "events", "facts": "facts"}
    names = []
    for name, _ in PIPELINE:
        try:
            importlib.import_module(f"chancery.extract.{modules.get(name, name)}")
        except ImportError:
            continue
        names.append(name)
    return names


@pytest.fixture
def available_pipeline(monkeypatch) -> list[str]:
    """Run ingest with the extraction components that exist so far; returns their names."""
    from chancery.extract import pipeline

    names = importable_components()
    monkeypatch.setattr(pipeline, "PIPELINE", [(n, c) for n, c in pipeline.PIPELINE if n in names])
    return names


@pytest.fixture
def sample_dir(tmp_path) -> Path:
    """A small folder of articles written for the tests: 2 wire files (FR, EN), a JSONL of 2 records."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "fr-som.txt").write_text(
        " date 2026-03-12\nVientiane (VNA) - Le vice-ministre des Affaires étrangères Lê Văn Tám a dirigé "
        "jeudi 12 mars la délégation du Vietnam à la réunion des hauts officiels de l'ASEAN (SOM) "
        "à Vientiane.\n\n"
        "La réunion était présidée par le secrétaire permanent laotien Bounmy Phan.-VNA\n",
        encoding="utf-8",
    )
    (d / "en-amm.txt").write_text(
        " date 2026-07-20\nManila (VNA) - Foreign Minister Nguyen Van Binh attended the 59th ASEAN Foreign "
        "Ministers' Meeting (AMM-59) in Manila on July 20.\n\nThe meeting was chaired by the Philippine "
        "Secretary of Foreign Affairs, Ana Cruz.-VNA\n",
        encoding="utf-8",
    )
    rec = ('{"id": "feed-1", "published": "2026-08-01", "lang": "en", "title": "Talks", "text": '
           '"Hanoi (VNA) - Deputy Minister Tran Thi Mai received the Ambassador of Japan in Hanoi on '
           'August 1.-VNA"}')
    (d / "feed.jsonl").write_text(rec + "\n", encoding="utf-8")
    return d


def make_article(doc_id: str = "doc-a", text: str | None = None, published: str | None = "2026-03-12"):
    """An Article with hand-set layers (no extractor involved): two people, one a short form, two events.

    Text: a SOM chaired by Bounmy Phan with Lê Văn Tám leading Vietnam's delegation, and a summit
    only referred to. Spans are computed from the text, so they are right by construction.
    """
    from chancery.document import (
        Article,
        DatePoint,
        ExtractedEvent,
        Fact,
        Participation,
        PersonMention,
        SourceDoc,
        Span,
        TitleMention,
    )

    text = text or (
        "Vientiane (VNA) - Le vice-ministre Lê Văn Tám a dirigé jeudi la délégation du Vietnam à la "
        "réunion des hauts officiels de l'ASEAN (SOM).\n\n"
        "La réunion était présidée par Bounmy Phan, secrétaire permanent.\n\n"
        "M. Tám a rappelé le 48e Sommet de l'ASEAN.-VNA"
    )

    def span(s: str, start: int = 0) -> Span:
        i = text.index(s, start)
        return Span(i, i + len(s))

    first_para = Span(0, text.index("\n\n"))
    second = span("La réunion était présidée par Bounmy Phan, secrétaire permanent.")
    third = span("M. Tám a rappelé le 48e Sommet de l'ASEAN.")
    src = SourceDoc(doc_id=doc_id, path=f"/in/{doc_id}.txt", fmt="wire", raw=" date x\n" + text, text=text,
                    published=published)
    people = [
        PersonMention(span=span("Lê Văn Tám"), name="Lê Văn Tám", country="VN", role="vice-ministre",
                      titles=[TitleMention(span=span("vice-ministre"), text="vice-ministre", country="VN")]),
        PersonMention(span=span("Bounmy Phan"), name="Bounmy Phan", country="LA", role="secrétaire permanent",
                      titles=[TitleMention(span=span("secrétaire permanent"), text="secrétaire permanent")]),
        PersonMention(span=span("Tám", third.start), name="Tám", short=True, refers_to=0),
    ]
    events = [
        ExtractedEvent(series="SOM", kind="senior_officials", span=first_para, start=DatePoint(2026, 3, 12),
                       end=DatePoint(2026, 3, 12), city="Vientiane", country="LA", status="held",
                       participants=[Participation(0, "led_delegation", first_para),
                                     Participation(1, "chaired", second),
                                     Participation(2, "attended", third)]),
        ExtractedEvent(series="ASEAN-SUMMIT", kind="summit", span=third, ordinal=48, status="held",
                       referenced_only=True),
    ]
    return Article(
        source=src, text=text, lang="fr", published=published, sentences=[first_para, second, third],
        people=people, events=events, reference_year=2026,
        facts=[Fact(kind="count", value="48", span=third, year=2026)],
    )


@pytest.fixture
def synthetic_store(tmp_path):
    """A store holding make_article() as "doc-a" and its exact duplicate "doc-b", resolved.

    Returns (db path, session factory)."""
    from chancery.ingest import resolve_store
    from chancery.store.db import open_store
    from chancery.store.write import content_hash, save_article

    db = tmp_path / "syn.db"
    factory = open_store(db)
    a = make_article("doc-a")
    b = make_article("doc-b")
    with factory.begin() as s:
        save_article(s, a, content_hash(a.text), None)
    with factory.begin() as s:
        save_article(s, b, content_hash(b.text), "doc-a")
    with factory.begin() as s:
        resolve_store(s)
    yield db, factory
    factory.kw["bind"].dispose()
