"""Full-text search over the store: documents (title + clean text), events and people.

SQLite: one FTS5 table, accents folded by the tokenizer (`unicode61 remove_diacritics 2`), so
"hanoi" finds "Hanoï". It is built lazily and rebuilt when the store's content changes (a cheap
signature of the tables is kept beside it), so the ingest pipeline needs to know nothing of it.
Other backends: a plain LIKE search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, or_, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from chancery.store.models import Document, Event, Person

FTS_TABLE = "search_fts"
META_TABLE = "search_meta"
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"  # snippet markers, turned into <mark> after escaping

# unicode61 folds combining accents but keeps "đ" a letter of its own: fold it by hand, both ways.
_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


@dataclass(slots=True)
class Hit:
    kind: str  # document | event | person
    ref: str  # the id
    title: str
    snippet: str  # with MARK_OPEN/MARK_CLOSE around the matched words; not escaped
    score: float = 0.0
    extra: dict = field(default_factory=dict)


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _signature(session: Session) -> str:
    doc = session.execute(select(func.count(Document.id), func.max(Document.ingested_at))).one()
    ev = session.execute(select(func.count(Event.id), func.min(Event.id), func.max(Event.id))).one()
    pe = session.execute(select(func.count(Person.id), func.min(Person.id), func.max(Person.id))).one()
    return "|".join(str(x) for x in (*doc, *ev, *pe))


def _event_text(ev: Event) -> str:
    from chancery.web.labels import country_name, event_title

    parts = [
        ev.series or "",
        ev.kind,
        event_title(ev.series, ev.kind, ev.ordinal, ev.partner, ev.countries, "en"),
        event_title(ev.series, ev.kind, ev.ordinal, ev.partner, ev.countries, "fr"),
        ev.city or "",
        country_name(ev.country, "en"),
        country_name(ev.country, "fr"),
        ev.start or "",
        ev.theme or "",
    ]
    return " ".join(p for p in parts if p)


def ensure_index(session: Session, *, force: bool = False) -> bool:
    """Build or refresh the FTS index if the store changed; True if it was (re)built.

    A no-op (False) on non-SQLite backends, which search with LIKE.
    """
    if not _is_sqlite(session):
        return False
    conn = session.connection()
    conn.execute(text(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key TEXT PRIMARY KEY, value TEXT)"))
    sig = _signature(session)
    exists = conn.execute(
        text("SELECT 1 FROM sqlite_master WHERE type='table' AND name=:n"), {"n": FTS_TABLE}
    ).first()
    old = conn.execute(text(f"SELECT value FROM {META_TABLE} WHERE key='signature'")).scalar()
    if exists and old == sig and not force:
        session.commit()
        return False
    conn.execute(text(f"DROP TABLE IF EXISTS {FTS_TABLE}"))
    conn.execute(
        text(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "kind UNINDEXED, ref UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    )
    insert = text(f"INSERT INTO {FTS_TABLE} (kind, ref, title, body) VALUES (:kind, :ref, :title, :body)")
    rows = session.execute(
        select(Document.id, Document.title, Document.clean_text).where(Document.duplicate_of.is_(None))
    )
    batch = []
    for doc_id, title, body in rows:
        batch.append(
            {
                "kind": "document",
                "ref": doc_id,
                "title": (title or "").translate(_FOLD),
                "body": (body or "").translate(_FOLD),
            }
        )
        if len(batch) >= 500:
            conn.execute(insert, batch)
            batch = []
    for ev in session.scalars(select(Event)):
        batch.append({"kind": "event", "ref": ev.id, "title": _event_text(ev).translate(_FOLD), "body": ""})
    for person in session.scalars(select(Person)):
        names = " ".join([person.name, *(a for a in person.aliases or [] if isinstance(a, str))])
        batch.append({"kind": "person", "ref": person.id, "title": names.translate(_FOLD), "body": ""})
    if batch:
        conn.execute(insert, batch)
    conn.execute(
        text(f"INSERT OR REPLACE INTO {META_TABLE} (key, value) VALUES ('signature', :v)"), {"v": sig}
    )
    session.commit()
    return True


def _terms(q: str) -> list[str]:
    return re.findall(r"\w+", q.translate(_FOLD))[:12]


def fts_query(q: str) -> str | None:
    """User text -> a safe FTS5 query: every word quoted (no operators), the last one as a prefix."""
    terms = _terms(q)
    if not terms:
        return None
    quoted = [f'"{t}"' for t in terms]
    quoted[-1] += "*"  # typing "hano" already finds Hanoï
    return " ".join(quoted)


def search(session: Session, q: str, limit: int = 20, offset: int = 0) -> tuple[int, list[Hit]]:
    """Search documents, events and people; returns (total, hits), best first."""
    if not _is_sqlite(session):
        return _search_like(session, q, limit, offset)
    query = fts_query(q)
    if query is None:
        return 0, []
    try:
        ensure_index(session)
    except OperationalError:  # a read-only store (or one locked by a long ingest): search without FTS
        session.rollback()
        return _search_like(session, q, limit, offset)
    conn = session.connection()
    total = conn.execute(
        text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q"), {"q": query}
    ).scalar()
    rows = conn.execute(
        text(
            f"SELECT kind, ref, title, snippet({FTS_TABLE}, 3, :o, :c, '…', 24) AS snip, "
            f"bm25({FTS_TABLE}, 0, 0, 4.0, 1.0) AS score "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :q "
            # people and events first among equals: they are what a name search is after
            "ORDER BY CASE kind WHEN 'person' THEN 0 WHEN 'event' THEN 1 ELSE 2 END, score "
            "LIMIT :l OFFSET :off"
        ),
        {"q": query, "o": MARK_OPEN, "c": MARK_CLOSE, "l": limit, "off": offset},
    ).all()
    return int(total or 0), _decorate(
        session, [Hit(r.kind, r.ref, r.title, r.snip or "", r.score) for r in rows]
    )


def _decorate(session: Session, hits: list[Hit]) -> list[Hit]:
    """Replace the folded index titles by the real names and titles."""
    docs = {h.ref for h in hits if h.kind == "document"}
    events = {h.ref for h in hits if h.kind == "event"}
    people = {h.ref for h in hits if h.kind == "person"}
    doc_rows = (
        {
            d.id: d
            for d in session.execute(
                select(Document.id, Document.title, Document.published, Document.lang).where(
                    Document.id.in_(docs)
                )
            )
        }
        if docs
        else {}
    )
    ev_rows = {e.id: e for e in session.scalars(select(Event).where(Event.id.in_(events)))} if events else {}
    pe_rows = (
        {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(people)))} if people else {}
    )
    from chancery.web.labels import event_title

    for h in hits:
        if h.kind == "document" and h.ref in doc_rows:
            d = doc_rows[h.ref]
            h.title = d.title or d.id
            h.extra = {"published": d.published, "lang": d.lang}
        elif h.kind == "event" and h.ref in ev_rows:
            e = ev_rows[h.ref]
            h.title = event_title(e.series, e.kind, e.ordinal, e.partner, e.countries)
            h.snippet = " · ".join(x for x in (e.start, e.city, e.country) if x)
            h.extra = {"start": e.start, "city": e.city, "country": e.country}
        elif h.kind == "person" and h.ref in pe_rows:
            p = pe_rows[h.ref]
            h.title = p.name
            h.snippet = ", ".join(a for a in p.aliases or [] if isinstance(a, str))
            h.extra = {"country": p.country}
    return hits


def _search_like(session: Session, q: str, limit: int, offset: int) -> tuple[int, list[Hit]]:
    terms = _terms(q)
    if not terms:
        return 0, []
    hits: list[Hit] = []
    for p in session.scalars(select(Person).where(*[Person.name.ilike(f"%{t}%") for t in terms]).limit(200)):
        hits.append(Hit("person", p.id, p.name, "", 0.0, {"country": p.country}))
    ev_cond = [
        or_(Event.series.ilike(f"%{t}%"), Event.city.ilike(f"%{t}%"), Event.theme.ilike(f"%{t}%"))
        for t in terms
    ]
    for e in session.scalars(select(Event).where(*ev_cond).limit(200)):
        hits.append(Hit("event", e.id, e.series or e.kind, "", 0.0, {"start": e.start}))
    doc_cond = [or_(Document.clean_text.ilike(f"%{t}%"), Document.title.ilike(f"%{t}%")) for t in terms]
    for d in session.execute(
        select(Document.id, Document.title, Document.clean_text).where(*doc_cond).limit(500)
    ):
        i = d.clean_text.lower().find(terms[0].lower())
        snip = d.clean_text[max(0, i - 80) : i + 120] if i >= 0 else d.clean_text[:200]
        hits.append(Hit("document", d.id, d.title or d.id, snip, 0.0))
    return len(hits), hits[offset : offset + limit]
