"""Writing to the store: one article (document and everything extracted from it), rejections.

`save_article` adds rows to the session and leaves the transaction to the caller: ingest wraps
each document in its own transaction so that a crash never leaves half a document behind.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from chancery.document import Article, DatePoint
from chancery.document import Rejection as RejectionDoc
from chancery.store.models import (
    Document,
    EventMention,
    FactRecord,
    Participation,
    PersonMention,
    Rejection,
    TitleRecord,
)

_WS = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """sha256 of the text, NFC-normalised and whitespace-folded.

    Why folded: the same story re-published with other line breaks or trailing spaces is the same
    content, and must be recognised as a duplicate.
    """
    norm = _WS.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _iso(point: DatePoint | None) -> str | None:
    return point.iso() if point is not None else None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _full_index(article: Article, i: int) -> int:
    """The index of the full mention a person mention stands for (short forms fold into it)."""
    seen: set[int] = set()
    while True:
        p = article.people[i]
        if (
            not p.short
            or p.refers_to is None
            or p.refers_to in seen
            or not (0 <= p.refers_to < len(article.people))
        ):
            return i
        seen.add(i)
        i = p.refers_to


def _meta(article: Article) -> dict:
    dl = article.dateline
    return {
        "captions": [[s.start, s.end] for s in article.captions],
        "sentences": [[s.start, s.end] for s in article.sentences],
        "dateline": [dl.span.start, dl.span.end] if dl else None,
        "boilerplate": [[s.start, s.end] for s in article.boilerplate],
        "removed": list(article.removed),
        "line": article.source.line,
    }


def save_article(
    session: Session, article: Article, content_hash: str, duplicate_of: str | None, replace: bool = False
) -> None:
    """Add the document and, unless it duplicates another, every mention extracted from it.

    `replace`: the document is stored already (`ingest --reextract`): its row is updated in place
    (other documents may point to it as their original) and what was extracted from it before is
    deleted first.
    """
    src = article.source
    fields = {
        "path": src.path,
        "fmt": src.fmt,
        "url": src.url,
        "title": src.title,
        "lang": article.lang,
        "published": article.published or src.published,
        "reference_year": article.reference_year,
        "encoding": src.encoding,
        "raw_text": src.raw,
        "clean_text": article.text,
        "content_hash": content_hash,
        "dateline_place": article.dateline.place if article.dateline else None,
        "agency": article.agency or (article.dateline.agency if article.dateline else None),
        "duplicate_of": duplicate_of,
        "meta": _meta(article),
    }
    doc = session.get(Document, src.doc_id) if replace else None
    if doc is not None:
        for model in (Participation, TitleRecord, FactRecord, EventMention, PersonMention):
            session.execute(delete(model).where(model.doc_id == src.doc_id))
        session.expire(doc, ["event_mentions", "person_mentions"])
        for key, value in fields.items():
            setattr(doc, key, value)
    else:
        doc = Document(id=src.doc_id, ingested_at=_now(), **fields)
        session.add(doc)
    # A document that reads well now supersedes an earlier failure recorded for the same input.
    session.execute(delete(Rejection).where(Rejection.path == src.path, _line_is(src.line)))
    if duplicate_of is not None:
        return  # the original holds the mentions; the export lists this id beside its sources

    # People: one row per full mention; short forms add their spans to it.
    rows: dict[int, PersonMention] = {}
    for i, p in enumerate(article.people):
        if _full_index(article, i) != i:
            continue
        rows[i] = PersonMention(
            doc_id=src.doc_id,
            idx=i,
            name=p.name,
            country=p.country,
            role=p.role,
            span_start=p.span.start,
            span_end=p.span.end,
            spans=[[p.span.start, p.span.end]],
        )
    for i, p in enumerate(article.people):
        full = _full_index(article, i)
        if full != i:
            rows[full].spans.append([p.span.start, p.span.end])
    for row in rows.values():
        row.spans.sort()
        session.add(row)

    events: list[EventMention] = []
    for idx, ev in enumerate(article.events):
        em = EventMention(
            doc_id=src.doc_id,
            idx=idx,
            series=ev.series,
            kind=ev.kind,
            ordinal=ev.ordinal,
            start=_iso(ev.start),
            end=_iso(ev.end),
            city=ev.city,
            country=ev.country,
            status=ev.status,
            partner=ev.partner,
            countries=list(ev.countries) if ev.countries else None,
            referenced_only=bool(ev.referenced_only),
            theme=ev.theme,
            sector=ev.sector,
            span_start=ev.span.start,
            span_end=ev.span.end,
            links=[
                {"relation": ln.relation, "target_idx": ln.target, "start": ln.span.start, "end": ln.span.end}
                for ln in ev.links
            ],
        )
        events.append(em)
        session.add(em)
    session.flush()  # ids for the rows that point to mentions

    # The date a title is attested: the article's own date, else the first dated event they took part in.
    event_date: dict[int, str] = {}
    for em, ev in zip(events, article.events, strict=True):
        for part in ev.participants:
            if not 0 <= part.person < len(article.people):
                continue
            full = _full_index(article, part.person)
            if em.start and full not in event_date:
                event_date[full] = em.start
            p = article.people[full]
            session.add(
                Participation(
                    event_mention_id=em.id,
                    person_mention_id=rows[full].id,
                    doc_id=src.doc_id,
                    function=part.function,
                    role=p.role,
                    country=p.country,
                    span_start=part.span.start,
                    span_end=part.span.end,
                )
            )
    published = doc.published or (str(article.reference_year) if article.reference_year else None)
    for i, row in rows.items():
        seen: set[str] = set()
        for t in article.people[i].titles:
            if t.text in seen:
                continue
            seen.add(t.text)
            session.add(
                TitleRecord(
                    mention_id=row.id,
                    doc_id=src.doc_id,
                    title=t.text,
                    country=t.country,
                    date=doc.published or event_date.get(i) or published,
                    span_start=t.span.start,
                    span_end=t.span.end,
                )
            )
    for f in article.facts:
        session.add(
            FactRecord(
                doc_id=src.doc_id,
                kind=f.kind,
                value=f.value,
                year=f.year,
                country=f.country,
                span_start=f.span.start,
                span_end=f.span.end,
            )
        )


def _line_is(line: int | None):
    return Rejection.line.is_(None) if line is None else Rejection.line == line


def save_rejection(session: Session, rejection: RejectionDoc) -> bool:
    """Record a rejection once per (path, line); True when it is new. A re-seen one gets its new reason."""
    row = session.scalars(
        select(Rejection).where(Rejection.path == rejection.path, _line_is(rejection.line))
    ).first()
    if row is not None:
        row.reason = rejection.reason
        row.seen_at = _now()
        return False
    session.add(Rejection(path=rejection.path, line=rejection.line, reason=rejection.reason, seen_at=_now()))
    return True
