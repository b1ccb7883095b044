"""Read-only queries behind the pages, the API and the yearly review.

Each function issues a fixed small number of indexed queries (no per-row lazy loads): pages stay
fast on stores of tens of thousands of articles.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from chancery.store.models import (
    Document,
    Event,
    EventMention,
    FactRecord,
    Participation,
    Person,
    PersonMention,
    TitleRecord,
)
from chancery.web.labels import fold, title_of


@dataclass(slots=True)
class Filters:
    year: int | None = None
    series: str | None = None
    kind: str | None = None
    country: str | None = None
    person: str | None = None  # a person id, or a name (folded substring)

    def as_params(self) -> dict[str, str]:
        return {
            k: str(v)
            for k in ("year", "series", "kind", "country", "person")
            if (v := getattr(self, k)) not in (None, "")
        }


def _year_bounds(year: int) -> tuple[str, str]:
    # Event.start is an ISO string: a range on it uses the index, unlike strftime/LIKE.
    return f"{year:04d}", f"{year + 1:04d}"


def person_ids(session: Session, person: str) -> list[str]:
    """A person filter (id or name) -> person ids."""
    if session.get(Person, person) is not None:
        return [person]
    needle = fold(person)
    if not needle:
        return []
    ids = []
    for pid, name, aliases in session.execute(select(Person.id, Person.name, Person.aliases)):
        names = [name, *(a for a in aliases or [] if isinstance(a, str))]
        if any(needle in fold(n) for n in names):
            ids.append(pid)
    return ids


def participation_country_clause(code: str):
    """Participations on behalf of a country: their own country, else their person's."""
    # Aliases: the outer query may join PersonMention/Person itself, and must not be correlated away.
    pm, person = aliased(PersonMention), aliased(Person)
    return or_(
        Participation.country == code,
        and_(
            Participation.country.is_(None),
            exists()
            .where(pm.id == Participation.person_mention_id)
            .where(
                or_(pm.country == code, exists().where(person.id == pm.person_id, person.country == code))
            ),
        ),
    )


def events_with_country_participants(code: str):
    """Ids of events where someone took part for `code`: a union of plain joins (an OR of
    correlated EXISTS is ten times slower on SQLite)."""
    base = select(EventMention.event_id).join(
        Participation, Participation.event_mention_id == EventMention.id
    )
    own = base.where(Participation.country == code)
    pm_join = base.join(PersonMention, PersonMention.id == Participation.person_mention_id).where(
        Participation.country.is_(None)
    )
    by_mention = pm_join.where(PersonMention.country == code)
    by_person = pm_join.join(Person, Person.id == PersonMention.person_id).where(Person.country == code)
    return union(own, by_mention, by_person)


def event_conditions(session: Session, f: Filters) -> list:
    cond = []
    if f.year is not None:
        lo, hi = _year_bounds(f.year)
        cond += [Event.start >= lo, Event.start < hi]
    if f.series:
        cond.append(Event.series == f.series)
    if f.kind:
        cond.append(Event.kind == f.kind)
    if f.country:
        involved = events_with_country_participants(f.country)
        cond.append(or_(Event.country == f.country, Event.partner == f.country, Event.id.in_(involved)))
    if f.person:
        ids = person_ids(session, f.person)
        attended = (
            select(EventMention.event_id)
            .join(Participation, Participation.event_mention_id == EventMention.id)
            .join(PersonMention, PersonMention.id == Participation.person_mention_id)
            .where(PersonMention.person_id.in_(ids))
        )
        cond.append(Event.id.in_(attended))
    return cond


def list_events(session: Session, f: Filters, limit: int = 50, offset: int = 0) -> tuple[int, list[dict]]:
    cond = event_conditions(session, f)
    total = session.scalar(select(func.count()).select_from(Event).where(*cond)) or 0
    events = session.scalars(
        select(Event)
        .where(*cond)
        .order_by(Event.start.is_(None), Event.start.desc(), Event.id)
        .limit(limit)
        .offset(offset)
    ).all()
    ids = [e.id for e in events]
    n_sources: dict[str, int] = {}
    chairs: dict[str, list[str]] = defaultdict(list)
    if ids:
        n_sources = dict(
            session.execute(
                select(EventMention.event_id, func.count(func.distinct(EventMention.doc_id)))
                .where(EventMention.event_id.in_(ids))
                .group_by(EventMention.event_id)
            ).all()
        )
        for ev_id, name in session.execute(
            select(EventMention.event_id, func.coalesce(Person.name, PersonMention.name))
            .join(Participation, Participation.event_mention_id == EventMention.id)
            .join(PersonMention, PersonMention.id == Participation.person_mention_id)
            .outerjoin(Person, Person.id == PersonMention.person_id)
            .where(EventMention.event_id.in_(ids), Participation.function == "chaired")
            .distinct()
        ):
            chairs[ev_id].append(name)
    return total, [event_summary(e, n_sources.get(e.id, 0), chairs.get(e.id, [])) for e in events]


def event_summary(e: Event, n_sources: int | None = None, chairs: list[str] | None = None) -> dict:
    out = {
        "id": e.id,
        "title": title_of(e),
        "title_fr": title_of(e, "fr"),
        "series": e.series,
        "kind": e.kind,
        "ordinal": e.ordinal,
        "start": e.start,
        "end": e.end,
        "city": e.city,
        "country": e.country,
        "status": e.status,
        "partner": e.partner,
        "countries": e.countries,
        "referenced_only": bool(e.referenced_only),
        "theme": e.theme,
    }
    if n_sources is not None:
        out["n_sources"] = n_sources
    if chairs is not None:
        out["chairs"] = chairs
    return out


def chart_counts(session: Session, f: Filters) -> list[tuple[str, str, int]]:
    """(YYYY-MM, kind, count) for dated events matching the filters."""
    cond = event_conditions(session, f)
    month = func.substr(Event.start, 1, 7)
    rows = session.execute(
        select(month, Event.kind, func.count())
        .where(*cond, func.length(Event.start) >= 7)
        .group_by(month, Event.kind)
        .order_by(month)
    ).all()
    return [(m, k, n) for m, k, n in rows]


def facet_values(session: Session) -> dict[str, list]:
    years = sorted(
        {
            int(y)
            for (y,) in session.execute(
                select(func.substr(Event.start, 1, 4)).where(Event.start.is_not(None)).distinct()
            )
            if y and y.isdigit()
        },
        reverse=True,
    )
    series = [
        s
        for (s,) in session.execute(
            select(Event.series).where(Event.series.is_not(None)).distinct().order_by(Event.series)
        )
    ]
    return {"years": years, "series": series}


def _participants(session: Session, mention_ids: list[int]) -> list[dict]:
    """Participations of the given event mentions, merged per person and function."""
    if not mention_ids:
        return []
    rows = session.execute(
        select(Participation, PersonMention, Person)
        .join(PersonMention, PersonMention.id == Participation.person_mention_id)
        .outerjoin(Person, Person.id == PersonMention.person_id)
        .where(Participation.event_mention_id.in_(mention_ids))
        .order_by(Participation.id)
    ).all()
    merged: dict[tuple, dict] = {}
    for part, pm, person in rows:
        key = (person.id if person else f"m{pm.id}", part.function)
        entry = merged.setdefault(
            key,
            {
                "person": person.id if person else None,
                "name": person.name if person else pm.name,
                "role": part.role or pm.role,
                "country": part.country or pm.country or (person.country if person else None),
                "function": part.function,
                "sources": [],
            },
        )
        entry["role"] = entry["role"] or part.role or pm.role
        entry["sources"].append({"doc": part.doc_id, "start": part.span_start, "end": part.span_end})
    order = {"chaired": 0, "hosted": 1, "led_delegation": 2, "attended": 3}
    return sorted(merged.values(), key=lambda p: (order.get(p["function"], 9), p["country"] or "", p["name"]))


def event_detail(session: Session, event_id: str) -> dict | None:
    ev = session.get(Event, event_id)
    if ev is None:
        return None
    mentions = session.execute(
        select(EventMention, Document.title, Document.published, Document.lang, Document.url)
        .join(Document, Document.id == EventMention.doc_id)
        .where(EventMention.event_id == event_id)
        .order_by(Document.published, EventMention.doc_id, EventMention.idx)
    ).all()
    out = event_summary(ev)
    out["participants"] = _participants(session, [m.id for m, *_ in mentions])
    out["sources"] = [
        {
            "doc": m.doc_id,
            "start": m.span_start,
            "end": m.span_end,
            "status": m.status,
            "referenced_only": bool(m.referenced_only),
            "title": title,
            "published": published,
            "lang": lang,
            "url": url,
        }
        for m, title, published, lang, url in mentions
    ]
    out["links"] = _links(session, [m for m, *_ in mentions], event_id)
    return out


def _links(session: Session, mentions: list[EventMention], event_id: str) -> list[dict]:
    """Resolve each mention's links (target_idx within its document) to events, both directions."""
    wanted = {
        (m.doc_id, link.get("target_idx"))
        for m in mentions
        for link in m.links or []
        if isinstance(link, dict)
    }
    targets: dict[tuple, str | None] = {}
    if wanted:
        docs = {d for d, _ in wanted}
        for doc_id, idx, ev_id in session.execute(
            select(EventMention.doc_id, EventMention.idx, EventMention.event_id).where(
                EventMention.doc_id.in_(docs)
            )
        ):
            targets[(doc_id, idx)] = ev_id
    links: dict[tuple, dict] = {}
    for m in mentions:
        for link in m.links or []:
            if not isinstance(link, dict):
                continue
            target = targets.get((m.doc_id, link.get("target_idx")))
            if target and target != event_id:
                entry = links.setdefault(
                    (link.get("relation"), target, "out"),
                    {"relation": link.get("relation"), "direction": "out", "event": target, "sources": []},
                )
                entry["sources"].append({"doc": m.doc_id, "start": link.get("start"), "end": link.get("end")})
    # Incoming: other events' mentions that link to one of ours. Only the same documents can.
    ours = {(m.doc_id, m.idx) for m in mentions}
    docs = {m.doc_id for m in mentions}
    if docs:
        for other in session.scalars(
            select(EventMention).where(EventMention.doc_id.in_(docs), EventMention.event_id != event_id)
        ):
            for link in other.links or []:
                if (
                    isinstance(link, dict)
                    and (other.doc_id, link.get("target_idx")) in ours
                    and other.event_id
                ):
                    entry = links.setdefault(
                        (link.get("relation"), other.event_id, "in"),
                        {
                            "relation": link.get("relation"),
                            "direction": "in",
                            "event": other.event_id,
                            "sources": [],
                        },
                    )
                    entry["sources"].append(
                        {"doc": other.doc_id, "start": link.get("start"), "end": link.get("end")}
                    )
    found = list(links.values())
    if found:
        evs = {
            e.id: e for e in session.scalars(select(Event).where(Event.id.in_({x["event"] for x in found})))
        }
        for x in found:
            e = evs.get(x["event"])
            x["title"] = title_of(e) if e else x["event"]
            x["start"] = e.start if e else None
    return found


def list_people(
    session: Session, country: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict]]:
    cond = []
    if country:
        cond.append(Person.country == country)
    if q:
        ids = person_ids(session, q)
        cond.append(Person.id.in_(ids))
    total = session.scalar(select(func.count()).select_from(Person).where(*cond)) or 0
    people = session.scalars(
        select(Person).where(*cond).order_by(Person.name).limit(limit).offset(offset)
    ).all()
    counts = {}
    if people:
        counts = dict(
            session.execute(
                select(PersonMention.person_id, func.count(func.distinct(EventMention.event_id)))
                .join(Participation, Participation.person_mention_id == PersonMention.id)
                .join(EventMention, EventMention.id == Participation.event_mention_id)
                .where(PersonMention.person_id.in_([p.id for p in people]))
                .group_by(PersonMention.person_id)
            ).all()
        )
    return total, [
        {
            "id": p.id,
            "name": p.name,
            "country": p.country,
            "aliases": list(p.aliases or []),
            "n_meetings": counts.get(p.id, 0),
        }
        for p in people
    ]


def person_detail(session: Session, person_id: str) -> dict | None:
    p = session.get(Person, person_id)
    if p is None:
        return None
    titles = session.execute(
        select(TitleRecord, Document.published)
        .join(PersonMention, PersonMention.id == TitleRecord.mention_id)
        .join(Document, Document.id == TitleRecord.doc_id)
        .where(PersonMention.person_id == person_id)
    ).all()
    merged_titles: dict[str, dict] = {}
    for t, published in titles:
        entry = merged_titles.setdefault(
            fold(t.title),
            {"title": t.title, "country": t.country, "first": None, "last": None, "sources": []},
        )
        when = t.date or published
        if when:
            entry["first"] = min(filter(None, [entry["first"], when]))
            entry["last"] = max(filter(None, [entry["last"], when]))
        entry["sources"].append({"doc": t.doc_id, "start": t.span_start, "end": t.span_end, "date": when})
    meetings = session.execute(
        select(Participation, Event)
        .join(PersonMention, PersonMention.id == Participation.person_mention_id)
        .join(EventMention, EventMention.id == Participation.event_mention_id)
        .join(Event, Event.id == EventMention.event_id)
        .where(PersonMention.person_id == person_id)
        .order_by(Event.start.desc())
    ).all()
    by_event: dict[str, dict] = {}
    for part, ev in meetings:
        entry = by_event.setdefault(ev.id, {**event_summary(ev), "functions": [], "roles": [], "sources": []})
        if part.function not in entry["functions"]:
            entry["functions"].append(part.function)
        if part.role and part.role not in entry["roles"]:
            entry["roles"].append(part.role)
        entry["sources"].append({"doc": part.doc_id, "start": part.span_start, "end": part.span_end})
    mentions = session.execute(
        select(PersonMention.doc_id, PersonMention.span_start, PersonMention.span_end).where(
            PersonMention.person_id == person_id
        )
    ).all()
    return {
        "id": p.id,
        "name": p.name,
        "country": p.country,
        "aliases": list(p.aliases or []),
        "titles": sorted(merged_titles.values(), key=lambda t: (t["first"] or "", t["title"])),
        "meetings": list(by_event.values()),
        "sources": [{"doc": d, "start": s, "end": e} for d, s, e in mentions],
    }


def list_documents(
    session: Session, lang: str | None = None, year: int | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict]]:
    cond = []
    if lang:
        cond.append(Document.lang == lang)
    if year is not None:
        lo, hi = _year_bounds(year)
        cond.append(
            or_(
                and_(Document.published >= lo, Document.published < hi),
                and_(Document.published.is_(None), Document.reference_year == year),
            )
        )
    total = session.scalar(select(func.count()).select_from(Document).where(*cond)) or 0
    rows = session.execute(
        select(
            Document.id,
            Document.title,
            Document.published,
            Document.lang,
            Document.url,
            Document.agency,
            Document.duplicate_of,
        )
        .where(*cond)
        .order_by(Document.published.desc(), Document.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return total, [dict(r._mapping) for r in rows]


def document_detail(session: Session, doc_id: str) -> dict | None:
    d = session.get(Document, doc_id)
    if d is None:
        return None
    ems = session.scalars(
        select(EventMention).where(EventMention.doc_id == doc_id).order_by(EventMention.idx)
    ).all()
    pms = session.scalars(
        select(PersonMention).where(PersonMention.doc_id == doc_id).order_by(PersonMention.idx)
    ).all()
    parts = session.scalars(select(Participation).where(Participation.doc_id == doc_id)).all()
    titles = session.scalars(select(TitleRecord).where(TitleRecord.doc_id == doc_id)).all()
    facts = session.scalars(select(FactRecord).where(FactRecord.doc_id == doc_id)).all()
    ev_ids = {m.event_id for m in ems if m.event_id}
    events = {e.id: e for e in session.scalars(select(Event).where(Event.id.in_(ev_ids)))} if ev_ids else {}
    pm_by_id = {pm.id: pm for pm in pms}
    em_by_id = {em.id: em for em in ems}
    return {
        "id": d.id,
        "title": d.title,
        "published": d.published,
        "lang": d.lang,
        "url": d.url,
        "path": d.path,
        "fmt": d.fmt,
        "agency": d.agency,
        "dateline": d.dateline_place,
        "duplicate_of": d.duplicate_of,
        "reference_year": d.reference_year,
        "text": d.clean_text,
        "events": [
            {
                "idx": m.idx,
                "event": m.event_id,
                "series": m.series,
                "kind": m.kind,
                "status": m.status,
                "referenced_only": bool(m.referenced_only),
                "start": m.span_start,
                "end": m.span_end,
                "title": (
                    title_of(events[m.event_id])
                    if m.event_id in events
                    else title_of(m)
                ),
                "links": m.links or [],
            }
            for m in ems
        ],
        "people": [
            {
                "idx": pm.idx,
                "person": pm.person_id,
                "name": pm.name,
                "role": pm.role,
                "country": pm.country,
                "start": pm.span_start,
                "end": pm.span_end,
                "spans": [list(s) for s in pm.spans or [] if isinstance(s, list | tuple) and len(s) == 2],
            }
            for pm in pms
        ],
        "participations": [
            {
                "person": pm_by_id[p.person_mention_id].person_id
                if p.person_mention_id in pm_by_id
                else None,
                "name": pm_by_id[p.person_mention_id].name if p.person_mention_id in pm_by_id else None,
                "event": em_by_id[p.event_mention_id].event_id if p.event_mention_id in em_by_id else None,
                "function": p.function,
                "role": p.role,
                "country": p.country,
                "start": p.span_start,
                "end": p.span_end,
            }
            for p in parts
        ],
        "titles": [
            {"title": t.title, "country": t.country, "date": t.date, "start": t.span_start, "end": t.span_end}
            for t in titles
        ],
        "facts": [
            {
                "kind": f.kind,
                "value": f.value,
                "year": f.year,
                "country": f.country,
                "start": f.span_start,
                "end": f.span_end,
            }
            for f in facts
        ],
    }


def raw_text(session: Session, doc_id: str) -> str | None:
    return session.scalar(select(Document.raw_text).where(Document.id == doc_id))


def list_countries(session: Session) -> list[dict]:
    hosted = dict(
        session.execute(
            select(Event.country, func.count()).where(Event.country.is_not(None)).group_by(Event.country)
        ).all()
    )
    people = dict(
        session.execute(
            select(Person.country, func.count()).where(Person.country.is_not(None)).group_by(Person.country)
        ).all()
    )
    parts = dict(
        session.execute(
            select(Participation.country, func.count(func.distinct(EventMention.event_id)))
            .join(EventMention, EventMention.id == Participation.event_mention_id)
            .where(Participation.country.is_not(None))
            .group_by(Participation.country)
        ).all()
    )
    codes = sorted(set(hosted) | set(people) | set(parts))
    return [
        {"code": c, "hosted": hosted.get(c, 0), "officials": people.get(c, 0), "attended": parts.get(c, 0)}
        for c in codes
    ]


def chair_years(session: Session, code: str) -> list[dict]:
    facts = session.execute(
        select(FactRecord.year, FactRecord.doc_id, FactRecord.span_start, FactRecord.span_end)
        .where(FactRecord.kind == "chair", or_(FactRecord.country == code, FactRecord.value == code))
        .order_by(FactRecord.year)
    ).all()
    years: dict[int | None, dict] = {}
    for year, doc, s, e in facts:
        years.setdefault(year, {"year": year, "sources": [], "known": False})["sources"].append(
            {"doc": doc, "start": s, "end": e}
        )
    try:  # the knowledge module, if it is there, knows the chair of every year
        from chancery import knowledge  # type: ignore[attr-defined]

        chair = getattr(knowledge, "chair", None)
        if chair is not None:
            for y in range(1967, 2031):
                try:
                    who = chair(y)
                except Exception:  # noqa: BLE001 - unknown years may raise
                    continue
                if isinstance(who, str) and who.upper() == code:
                    years.setdefault(y, {"year": y, "sources": [], "known": True})["known"] = True
    except ImportError:
        pass
    return sorted(years.values(), key=lambda x: x["year"] or 0)


def country_detail(session: Session, code: str, limit: int = 200) -> dict:
    hosted = session.scalars(
        select(Event).where(Event.country == code).order_by(Event.start.desc()).limit(limit)
    ).all()
    chaired_rows = session.execute(
        select(Event, func.coalesce(Person.name, PersonMention.name), Person.id)
        .join(EventMention, EventMention.event_id == Event.id)
        .join(Participation, Participation.event_mention_id == EventMention.id)
        .join(PersonMention, PersonMention.id == Participation.person_mention_id)
        .outerjoin(Person, Person.id == PersonMention.person_id)
        .where(Participation.function == "chaired", participation_country_clause(code))
        .order_by(Event.start.desc())
    ).all()
    chaired: dict[str, dict] = {}
    for ev, name, pid in chaired_rows:
        entry = chaired.setdefault(ev.id, {**event_summary(ev), "by": []})
        if {"name": name, "person": pid} not in entry["by"]:
            entry["by"].append({"name": name, "person": pid})
    attended_rows = session.execute(
        select(Event, Participation.function, func.coalesce(Person.name, PersonMention.name), Person.id)
        .join(EventMention, EventMention.event_id == Event.id)
        .join(Participation, Participation.event_mention_id == EventMention.id)
        .join(PersonMention, PersonMention.id == Participation.person_mention_id)
        .outerjoin(Person, Person.id == PersonMention.person_id)
        .where(participation_country_clause(code))
        .order_by(Event.start.desc())
    ).all()
    attended: dict[str, dict] = {}
    for ev, function, name, pid in attended_rows:
        entry = attended.setdefault(ev.id, {**event_summary(ev), "by": []})
        who = {"name": name, "person": pid, "function": function}
        if who not in entry["by"]:
            entry["by"].append(who)
    officials = session.scalars(select(Person).where(Person.country == code).order_by(Person.name)).all()
    return {
        "code": code,
        "hosted": [event_summary(e) for e in hosted],
        "chaired": list(chaired.values())[:limit],
        "attended": list(attended.values())[:limit],
        "chair_years": chair_years(session, code),
        "officials": [{"id": p.id, "name": p.name, "aliases": list(p.aliases or [])} for p in officials],
    }
