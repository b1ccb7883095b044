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

    modules = {"dates": "time", "year": "time", "places": "places", "people": "people",
               "meetings": "meetings",
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


# --- web app, API, yearly review ------------------------------------------------------------------

WEB_DOCS = [
    # (id, lang, published, title, text)
    ("vn-som-2024", "fr", "2024-01-28", "Le Vietnam à la réunion des hauts fonctionnaires de l'ASEAN",
     "Luang Prabang (VNA) – L'ambassadeur Vu Ho, chef par intérim de SOM ASEAN Vietnam, a conduit le 28 "
     "janvier la délégation vietnamienne à la réunion des hauts fonctionnaires de l'ASEAN (SOM) à Luang "
     "Prabang, au Laos.\n\n"
     "Cette réunion prépare la conférence restreinte des ministres des Affaires étrangères de l'ASEAN "
     "(AMM Retreat) prévue le 29 janvier.\n\n"
     "La réunion était présidée par Thongphane Savanphet, chef de SOM ASEAN du Laos. Le Laos assure la "
     "présidence de l'ASEAN en 2024 sous le thème « Renforcer la connectivité et la résilience ».-VNA"),
    ("en-retreat-2024", "en", "2024-01-29", "ASEAN foreign ministers meet in Luang Prabang",
     "Luang Prabang (VNA) - Foreign Minister Bui Thanh Son attended the ASEAN Foreign Ministers' Retreat "
     "in Luang Prabang on January 29.\n\n"
     "The retreat was chaired by Lao Foreign Minister Saleumxay Kommasith.\n\n"
     "The ministers issued a Chair's Statement at the end of the meeting.-VNA"),
    ("fr-summit-2023", "fr", "2023-09-05", "Le 43e Sommet de l'ASEAN s'ouvre à Jakarta",
     "Jakarta (VNA) – Le Premier ministre Pham Minh Chinh a participé le 5 septembre au 43e Sommet de "
     "l'ASEAN à Jakarta.\n\n"
     "Le sommet était présidé par le président indonésien Joko Widodo.-VNA"),
    ("fr-hanoi-2023", "fr", "2023-11-10", "Bilan de la coopération de l'ASEAN à Hanoï",
     "Hanoï (VNA) – Le vice-ministre Do Hung Viet a présidé le 10 novembre à Hanoï une réunion "
     "intersectorielle pour faire le bilan de la coopération de l'ASEAN. <script>alert(1)</script> "
     "Les ministères ont présenté leurs rapports.-VNA"),
]

WEB_PEOPLE = [  # id, name, country, aliases
    ("p-vu-ho", "Vu Ho", "VN", ["Vũ Hồ"]),
    ("p-thongphane", "Thongphane Savanphet", "LA", []),
    ("p-son", "Bui Thanh Son", "VN", ["Bùi Thanh Sơn"]),
    ("p-saleumxay", "Saleumxay Kommasith", "LA", []),
    ("p-chinh", "Pham Minh Chinh", "VN", ["Phạm Minh Chính"]),
    ("p-widodo", "Joko Widodo", "ID", []),
    ("p-viet", "Do Hung Viet", "VN", ["Đỗ Hùng Việt"]),
]

WEB_EVENTS = [  # id, series, kind, ordinal, start, end, city, country, status
    ("ev-som", "SOM", "senior_officials", None, "2024-01-28", "2024-01-28", "Luang Prabang", "LA", "held"),
    ("ev-retreat", "AMM-RETREAT", "ministerial", None, "2024-01-29", "2024-01-29", "Luang Prabang", "LA",
     "held"),
    ("ev-summit", "ASEAN-SUMMIT", "summit", 43, "2023-09-05", "2023-09-05", "Jakarta", "ID", "held"),
    ("ev-national", None, "national", None, "2023-11-10", "2023-11-10", "Hanoi", "VN", "held"),
]

# doc, idx, event, sentence (a substring of the text), status, referenced_only, links
WEB_MENTIONS = [
    ("vn-som-2024", 0, "ev-som", "L'ambassadeur Vu Ho", "held", False,
     [("prepares", 1, "Cette réunion prépare")]),
    ("vn-som-2024", 1, "ev-retreat", "Cette réunion prépare", "scheduled", True, []),
    ("en-retreat-2024", 0, "ev-retreat", "Foreign Minister Bui Thanh Son attended", "held", False, []),
    ("fr-summit-2023", 0, "ev-summit", "Le Premier ministre Pham Minh Chinh", "held", False, []),
    ("fr-hanoi-2023", 0, "ev-national", "Le vice-ministre Do Hung Viet", "held", False, []),
]

# doc, idx, person, name as written, role, country, [(event mention idx, function, sentence)], [titles]
WEB_PERSON_MENTIONS = [
    ("vn-som-2024", 0, "p-vu-ho", "Vu Ho", "chef par intérim de SOM ASEAN Vietnam", "VN",
     [(0, "led_delegation", "L'ambassadeur Vu Ho")],
     ["ambassadeur", "chef par intérim de SOM ASEAN Vietnam"]),
    ("vn-som-2024", 1, "p-thongphane", "Thongphane Savanphet", "chef de SOM ASEAN du Laos", "LA",
     [(0, "chaired", "La réunion était présidée")], ["chef de SOM ASEAN du Laos"]),
    ("en-retreat-2024", 0, "p-son", "Bui Thanh Son", "Foreign Minister", "VN",
     [(0, "attended", "Foreign Minister Bui Thanh Son attended")], ["Foreign Minister"]),
    ("en-retreat-2024", 1, "p-saleumxay", "Saleumxay Kommasith", "Lao Foreign Minister", "LA",
     [(0, "chaired", "The retreat was chaired")], ["Foreign Minister"]),
    ("fr-summit-2023", 0, "p-chinh", "Pham Minh Chinh", "Premier ministre", "VN",
     [(0, "attended", "Le Premier ministre Pham Minh Chinh")], ["Premier ministre"]),
    ("fr-summit-2023", 1, "p-widodo", "Joko Widodo", "président indonésien", "ID",
     [(0, "chaired", "Le sommet était présidé")], ["président"]),
    ("fr-hanoi-2023", 0, "p-viet", "Do Hung Viet", "vice-ministre", "VN",
     [(0, "chaired", "Le vice-ministre Do Hung Viet")], ["vice-ministre"]),
]

# doc, kind, value, year, country, evidence
WEB_FACTS = [
    ("vn-som-2024", "chair", "LA", 2024, "LA", "Le Laos assure la présidence"),
    ("vn-som-2024", "theme", "Renforcer la connectivité et la résilience", 2024, "LA",
     "Le Laos assure la présidence"),
    ("en-retreat-2024", "document", "Chair's Statement", 2024, None,
     "The ministers issued a Chair's Statement"),
]


def _sentence(text: str, start_words: str) -> tuple[int, int]:
    """The span of the sentence (up to the next full stop or paragraph) that starts with these words."""
    i = text.index(start_words)
    ends = [j for j in (text.find(".", i + len(start_words)), text.find("\n", i)) if j != -1]
    return i, (min(ends) + 1 if ends else len(text))


def build_web_store(db: Path):
    """A small hand-made store for the web app, the API and the review; returns the session factory."""
    from datetime import datetime

    from chancery.store import models as m
    from chancery.store.db import open_store

    factory = open_store(db)
    with factory.begin() as s:
        for doc_id, lang, published, title, text in WEB_DOCS:
            s.add(m.Document(id=doc_id, path=f"/in/{doc_id}.txt", fmt="wire", url=None, title=title,
                             lang=lang, published=published, reference_year=int(published[:4]),
                             encoding="utf-8",
                             raw_text=f" date {published}\n{text}", clean_text=text, content_hash=doc_id,
                             dateline_place=None, agency="VNA", meta={}, ingested_at=datetime(2024, 2, 1)))
        for pid, name, country, aliases in WEB_PEOPLE:
            s.add(m.Person(id=pid, name=name, country=country, aliases=aliases))
        for eid, series, kind, ordinal, start, end, city, country, status in WEB_EVENTS:
            s.add(m.Event(id=eid, series=series, kind=kind, ordinal=ordinal, start=start, end=end, city=city,
                          country=country, status=status, referenced_only=False))
        s.flush()
        texts = {d[0]: d[4] for d in WEB_DOCS}
        events = {e[0]: e for e in WEB_EVENTS}
        ems = {}
        for doc, idx, eid, words, status, ref, links in WEB_MENTIONS:
            a, b = _sentence(texts[doc], words)
            e = events[eid]
            link_rows = []
            for relation, target, lwords in links:
                la, lb = _sentence(texts[doc], lwords)
                link_rows.append({"relation": relation, "target_idx": target, "start": la, "end": lb})
            em = m.EventMention(doc_id=doc, idx=idx, event_id=eid, series=e[1], kind=e[2], ordinal=e[3],
                                start=e[4], end=e[5], city=e[6], country=e[7], status=status,
                                referenced_only=ref, span_start=a, span_end=b, links=link_rows)
            s.add(em)
            ems[(doc, idx)] = em
        s.flush()
        for doc, idx, pid, name, role, country, parts, titles in WEB_PERSON_MENTIONS:
            text = texts[doc]
            i = text.index(name)
            pm = m.PersonMention(doc_id=doc, idx=idx, person_id=pid, name=name, country=country, role=role,
                                 span_start=i, span_end=i + len(name), spans=[[i, i + len(name)]])
            s.add(pm)
            s.flush()
            for title in titles:
                t = text.find(title)
                t = t if t >= 0 else i
                s.add(m.TitleRecord(mention_id=pm.id, doc_id=doc, title=title, country=country,
                                    date=next(d[2] for d in WEB_DOCS if d[0] == doc),
                                    span_start=t, span_end=t + len(title)))
            for em_idx, function, words in parts:
                a, b = _sentence(text, words)
                s.add(m.Participation(event_mention_id=ems[(doc, em_idx)].id, person_mention_id=pm.id,
                                      doc_id=doc, function=function, role=role, country=country,
                                      span_start=a, span_end=b))
        for doc, kind, value, year, country, words in WEB_FACTS:
            a, b = _sentence(texts[doc], words)
            s.add(m.FactRecord(doc_id=doc, kind=kind, value=value, year=year, country=country,
                               span_start=a, span_end=b))
    return factory


@pytest.fixture
def web_store(tmp_path) -> Path:
    """Path of a small hand-made store (4 articles, 4 meetings of 2023-2024, 7 people)."""
    db = tmp_path / "web.db"
    factory = build_web_store(db)
    factory.kw["bind"].dispose()
    return db


@pytest.fixture
def client(web_store):
    """A test client of the web app (pages and JSON API) over `web_store`; needs httpx."""
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from chancery.web import create_app

    with TestClient(create_app(str(web_store)), raise_server_exceptions=False) as c:
        yield c
