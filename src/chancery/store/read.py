"""Reading the store: the queries the CLI, the export and the web app share.

The record views (`record_events`, `record_people`, `record_documents`) return plain dicts in the
shape of the `chancery.record/1` export (see /work/shared/eval/README.md), deterministically
ordered, so every consumer shows the same thing. They load rows in bulk (a few queries per call,
not per event) so that a store of 10,000 articles exports in seconds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chancery.store.models import (
    Document,
    Event,
    EventMention,
    FactRecord,
    Participation,
    Person,
    PersonMention,
    Rejection,
    TitleRecord,
)

SCHEMA = "chancery.record/1"

EVENT_FIELDS = (
    "series",
    "kind",
    "ordinal",
    "start",
    "end",
    "city",
    "country",
    "status",
    "partner",
    "countries",
    "referenced_only",
)

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss"})
_NON_WORD = re.compile(r"[\s\-‐‑–—_.'’]+")


def fold(text: str | None) -> str:
    """Case-, accent-, hyphen- and space-insensitive form of a name ("Đỗ Hùng-Việt" -> "do hung viet")."""
    if not text:
        return ""
    text = text.translate(_FOLD_EXTRA)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", text.casefold()).strip()


def duplicates_of(session: Session) -> dict[str, list[str]]:
    """original doc id -> the ids stored as its exact duplicates, sorted."""
    out: dict[str, list[str]] = defaultdict(list)
    for dup, orig in session.execute(
        select(Document.id, Document.duplicate_of)
        .where(Document.duplicate_of.is_not(None))
        .order_by(Document.id)
    ):
        out[orig].append(dup)
    return dict(out)


def record_documents(session: Session) -> list[dict]:
    rows = session.execute(
        select(
            Document.id, Document.lang, Document.published, Document.title, Document.duplicate_of
        ).order_by(Document.id)
    )
    out = []
    for doc_id, lang, published, title, dup in rows:
        d = {"id": doc_id, "lang": lang, "published": published, "title": title}
        if dup:
            d["duplicate_of"] = dup
        out.append(d)
    return out


def _among(q, column, ids: list[str] | None):
    """Restrict to `ids` when given (a whole-store export needs no IN list of 10,000 ids)."""
    return q.where(column.in_(ids)) if ids is not None else q


def _event_order(e: dict) -> tuple:
    return (e["start"] is None, e["start"] or "", e["id"])


def record_events(session: Session, ids: Iterable[str] | None = None) -> list[dict]:
    """Events as the record prints them, with participants and sources (duplicates included)."""
    ids = list(ids) if ids is not None else None  # (read more than once below)
    events = {e.id: e for e in session.scalars(_among(select(Event), Event.id, ids))}
    if not events:
        return []
    dups = duplicates_of(session)

    sources: dict[str, list[dict]] = defaultdict(list)
    for em in session.scalars(_among(select(EventMention), EventMention.event_id, ids)):
        if em.event_id not in events:
            continue
        for doc in [em.doc_id, *dups.get(em.doc_id, [])]:
            sources[em.event_id].append(
                {
                    "doc": doc,
                    "start": em.span_start,
                    "end": em.span_end,
                    "status": em.status,
                    "referenced_only": bool(em.referenced_only),
                }
            )

    # (event, person, function, role) -> participant; one source per doc (the first span in it).
    groups: dict[tuple, dict] = {}
    rows = session.execute(
        _among(
            select(
                EventMention.event_id,
                PersonMention.person_id,
                PersonMention.name,
                PersonMention.country,
                Participation.function,
                Participation.role,
                Participation.country,
                Participation.doc_id,
                Participation.span_start,
                Participation.span_end,
            )
            .join(EventMention, Participation.event_mention_id == EventMention.id)
            .join(PersonMention, Participation.person_mention_id == PersonMention.id)
            .where(EventMention.event_id.is_not(None))
            .order_by(Participation.doc_id, Participation.span_start, Participation.id),
            EventMention.event_id,
            ids,
        )
    )
    for ev_id, person_id, name, pm_country, function, role, country, doc, s, e in rows:
        key = (ev_id, person_id or f"{doc}:{name}", function, role)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {
                "person": person_id,
                "name": name,
                "role": role,
                "country": country or pm_country,
                "function": function,
                "sources": [],
            }
        if any(src["doc"] == doc for src in g["sources"]):
            continue
        for d in [doc, *dups.get(doc, [])]:
            g["sources"].append({"doc": d, "start": s, "end": e})
    participants: dict[str, list[dict]] = defaultdict(list)
    for (ev_id, *_), g in groups.items():
        g["sources"].sort(key=lambda x: (x["doc"], x["start"]))
        participants[ev_id].append(g)

    out = []
    for ev in events.values():
        d = {"id": ev.id}
        for f in EVENT_FIELDS:
            d[f] = getattr(ev, f)
        d["referenced_only"] = bool(ev.referenced_only)
        d["theme"] = ev.theme
        d["sector"] = ev.sector
        parts = participants.get(ev.id, [])
        parts.sort(key=lambda p: (fold(p["name"]), p["person"] or "", p["function"], p["role"] or ""))
        d["participants"] = parts
        d["sources"] = sorted(sources.get(ev.id, []), key=lambda x: (x["doc"], x["start"], x["end"]))
        out.append(d)
    out.sort(key=_event_order)
    return out


def _best_name(spellings: Counter, preferred: str | None) -> str:
    top = max(spellings.values())
    tied = sorted(n for n, c in spellings.items() if c == top)
    return preferred if preferred in tied else tied[0]


def record_people(session: Session, ids: Iterable[str] | None = None) -> list[dict]:
    """People as the record prints them: name, aliases, country, titles and sources."""
    ids = list(ids) if ids is not None else None  # (read more than once below)
    people = {p.id: p for p in session.scalars(_among(select(Person), Person.id, ids))}
    if not people:
        return []
    dups = duplicates_of(session)
    spellings: dict[str, Counter] = defaultdict(Counter)
    sources: dict[str, list[dict]] = defaultdict(list)
    countries: dict[str, Counter] = defaultdict(Counter)
    for pm in session.scalars(_among(select(PersonMention), PersonMention.person_id, ids)):
        if pm.person_id not in people:
            continue
        spellings[pm.person_id][pm.name] += 1
        if pm.country:
            countries[pm.person_id][pm.country] += 1
        for doc in [pm.doc_id, *dups.get(pm.doc_id, [])]:
            sources[pm.person_id].append({"doc": doc, "start": pm.span_start, "end": pm.span_end})
    titles: dict[str, dict[tuple, dict]] = defaultdict(dict)
    rows = session.execute(
        _among(
            select(PersonMention.person_id, TitleRecord.title, TitleRecord.doc_id, TitleRecord.date).join(
                PersonMention, TitleRecord.mention_id == PersonMention.id
            ),
            PersonMention.person_id,
            ids,
        ).order_by(TitleRecord.id)
    )
    for person_id, title, doc, date in rows:
        if person_id not in people:
            continue
        for d in [doc, *dups.get(doc, [])]:
            titles[person_id].setdefault((title, d), {"title": title, "doc": d, "date": date})

    out = []
    for p in people.values():
        names = spellings.get(p.id) or Counter({p.name: 1})
        name = _best_name(names, p.name)
        aliases = sorted({*names, *(p.aliases or [])} - {name})
        country = p.country
        if country is None and countries.get(p.id):
            country = countries[p.id].most_common(1)[0][0]
        out.append(
            {
                "id": p.id,
                "name": name,
                "aliases": aliases,
                "country": country,
                "titles": sorted(titles.get(p.id, {}).values(), key=lambda t: (t["doc"], t["title"])),
                "sources": sorted(sources.get(p.id, []), key=lambda s: (s["doc"], s["start"], s["end"])),
            }
        )
    out.sort(key=lambda x: (fold(x["name"]), x["name"], x["id"]))
    return out


def record(session: Session) -> dict:
    """The whole store as one `chancery.record/1` dict."""
    return {
        "schema": SCHEMA,
        "documents": record_documents(session),
        "events": record_events(session),
        "people": record_people(session),
    }


# --- searches -----------------------------------------------------------------------------------


def find_people(session: Session, name: str | None = None) -> list[str]:
    """Ids of people whose name, alias or any mention's spelling contains `name` (accent-insensitive)."""
    if not name:
        return list(session.scalars(select(Person.id)))
    needle = fold(name)
    hits: set[str] = set()
    for pid, pname, aliases in session.execute(select(Person.id, Person.name, Person.aliases)):
        if any(needle in fold(n) for n in [pname, *(aliases or [])]):
            hits.add(pid)
    for pid, mname in session.execute(
        select(PersonMention.person_id, PersonMention.name).where(PersonMention.person_id.is_not(None))
    ):
        if needle in fold(mname):
            hits.add(pid)
    return sorted(hits)


def find_events(
    session: Session,
    country: str | None = None,
    series: str | None = None,
    year: int | None = None,
    person: str | None = None,
) -> list[str]:
    """Ids of events matching every filter given: venue country (or bilateral party), series, year, person."""
    q = select(Event)
    if series:
        q = q.where(func.upper(Event.series) == series.upper())
    if year:
        q = q.where(Event.start.like(f"{int(year):04d}%"))
    ids = []
    for ev in session.scalars(q):
        if country and ev.country != country and country not in (ev.countries or []):
            continue
        ids.append(ev.id)
    if person:
        pids = find_people(session, person)
        with_person = set(
            session.scalars(
                select(EventMention.event_id)
                .join(Participation, Participation.event_mention_id == EventMention.id)
                .join(PersonMention, Participation.person_mention_id == PersonMention.id)
                .where(PersonMention.person_id.in_(pids))
            )
        )
        ids = [i for i in ids if i in with_person]
    return ids


def events_of_person(session: Session, person_id: str) -> list[str]:
    """Ids of the events someone took part in."""
    return sorted(
        set(
            session.scalars(
                select(EventMention.event_id)
                .join(Participation, Participation.event_mention_id == EventMention.id)
                .join(PersonMention, Participation.person_mention_id == PersonMention.id)
                .where(PersonMention.person_id == person_id, EventMention.event_id.is_not(None))
            )
        )
    )


# --- provenance ---------------------------------------------------------------------------------


def sentence_around(doc: Document, start: int, end: int) -> str:
    """The sentence(s) of the clean text that hold [start, end): the evidence a fact rests on."""
    text = doc.clean_text
    sentences = (doc.meta or {}).get("sentences") or []
    hit = [(s, e) for s, e in sentences if s < max(end, start + 1) and start < e]
    if hit:
        s, e = hit[0][0], hit[-1][1]
    else:
        # No sentence layer: widen to the nearest line break or full stop.
        s = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1, 0)
        nl, stop = text.find("\n", end), text.find(". ", end)
        cands = [x for x in (nl, stop + 1 if stop >= 0 else -1) if x >= 0]
        e = min(cands) if cands else len(text)
    return " ".join(text[s:e].split())


@dataclass
class StoreStatus:
    documents: int = 0
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc, original)
    events: int = 0
    people: int = 0
    rejections: list[tuple[str, int | None, str]] = field(default_factory=list)  # (path, line, reason)
    languages: dict[str, int] = field(default_factory=dict)


def store_status(session: Session) -> StoreStatus:
    st = StoreStatus()
    st.documents = session.scalar(select(func.count()).select_from(Document)) or 0
    st.duplicates = [
        tuple(r)
        for r in session.execute(
            select(Document.id, Document.duplicate_of)
            .where(Document.duplicate_of.is_not(None))
            .order_by(Document.id)
        )
    ]
    st.events = session.scalar(select(func.count()).select_from(Event)) or 0
    st.people = session.scalar(select(func.count()).select_from(Person)) or 0
    st.rejections = [
        tuple(r)
        for r in session.execute(
            select(Rejection.path, Rejection.line, Rejection.reason).order_by(Rejection.path, Rejection.line)
        )
    ]
    st.languages = dict(
        session.execute(
            select(Document.lang, func.count()).group_by(Document.lang).order_by(Document.lang)
        ).all()
    )
    return st


def document_facts(session: Session, doc_id: str) -> list[FactRecord]:
    return list(
        session.scalars(
            select(FactRecord)
            .where(FactRecord.doc_id == doc_id)
            .order_by(FactRecord.span_start, FactRecord.id)
        )
    )
