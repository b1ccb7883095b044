"""Resolution: one record across articles and languages.

Every article's mentions stay as they were extracted; resolution groups them into the record's
entities (`Event`, `Person`) and is recomputed from all mentions after each ingest. It depends
only on the set of mentions (never on the order they arrived in), and entity ids come from what
the entity is ("ev-asean-summit-43", "p-vu-ho"), so they stay put as articles keep arriving.

People: one identity across diacritics, spacing and word order, French transliterations and
known spellings (knowledge/data/people.yaml), and single-letter typos in long name parts; never
two people whose countries differ, nor names that differ in a short part (Vietnamese given
names: "Long" and "Lung" are two people). Events: the same numbered meeting; or the same series
on the same day; bilateral talks between the same countries on the same day; a meeting dated
only to the month joins the one meeting of its series known in that month. Hand decisions
(`chancery merge`, `chancery split`) name mentions and are replayed on every run.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable

from rapidfuzz.distance import Levenshtein
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from chancery import knowledge as kb
from chancery import stories
from chancery.store.models import Decision, Document, Event, EventMention, Person, PersonMention

MentionKey = tuple[str, int]  # (doc_id, idx)


class _UnionFind:
    def __init__(self, items: Iterable[Hashable]):
        self.parent = {i: i for i in items}

    def find(self, x: Hashable) -> Hashable:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller root wins: the result does not depend on the order of the calls.
            if rb < ra:  # type: ignore[operator]
                ra, rb = rb, ra
            self.parent[rb] = ra

    def groups(self) -> dict[Hashable, list[Hashable]]:
        out: dict[Hashable, list[Hashable]] = defaultdict(list)
        for item in self.parent:
            out[self.find(item)].append(item)
        return out


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9+]+", "-", kb.fold(text).replace(" ", "-")).strip("-") or "x"


def _short_hash(*parts: object) -> str:
    return hashlib.sha1("\x00".join(map(str, parts)).encode()).hexdigest()[:10]


# -- people -----------------------------------------------------------------------------------
def person_key(name: str) -> str:
    """The name's identity key: a known person's canonical name, else its folded words, sorted."""
    known = kb.person(name)
    base = known.name if known else name
    return " ".join(sorted(kb.fold(base).split()))


def _typo_twins(keys: list[str]) -> list[tuple[str, str]]:
    """Pairs of keys that differ by one edit in one long word (all other words equal)."""
    by_rest: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for key in keys:
        words = key.split()
        if len(words) < 2:
            continue
        for i, word in enumerate(words):
            if len(word) >= 5:
                by_rest[tuple(words[:i] + words[i + 1 :])].append((word, key))
    pairs = set()
    for group in by_rest.values():
        for i, (w1, k1) in enumerate(group):
            for w2, k2 in group[i + 1 :]:
                if k1 != k2 and len(w2) >= 5 and Levenshtein.distance(w1, w2) == 1:
                    pairs.add(tuple(sorted((k1, k2))))
    return sorted(pairs)  # type: ignore[arg-type]


def cluster_people(mentions: list[PersonMention]) -> dict[MentionKey, list[MentionKey]]:
    """Groups of person mentions that name the same person; keys are (doc_id, idx)."""
    by_key: dict[str, list[PersonMention]] = defaultdict(list)
    for m in mentions:
        by_key[person_key(m.name)].append(m)
    keys = sorted(by_key)
    uf = _UnionFind(keys)
    countries = {k: {m.country for m in by_key[k] if m.country} for k in keys}
    for a, b in _typo_twins(keys):
        if not countries[a] or not countries[b] or countries[a] & countries[b]:
            uf.union(a, b)
    groups: dict[MentionKey, list[MentionKey]] = {}
    for members in uf.groups().values():
        # Same name, different countries: two people (a Nguyen of Vietnam is not one of Laos).
        by_country: dict[str | None, list[PersonMention]] = defaultdict(list)
        for k in members:
            for m in by_key[k]:
                by_country[m.country].append(m)
        known = sorted(c for c in by_country if c)
        if len(known) <= 1:
            parts = [sum(by_country.values(), [])]
        else:
            parts = [by_country[c] for c in known]
            parts[0] = parts[0] + by_country.get(None, [])
        for part in parts:
            ids = sorted((m.doc_id, m.idx) for m in part)
            groups[ids[0]] = ids
    return groups


# -- events -----------------------------------------------------------------------------------
ANNUAL = {"AMM-RETREAT"}  # one a year: the year is enough to tell them apart


def _precision(date: str | None) -> int:
    return 0 if not date else len(date.split("-"))


def _identity(series: str | None, kind: str | None, sector: str | None) -> str | None:
    """The series, or for a body's gathering outside the vocabulary's series (series null,
    series.yaml `body`) its kind and body."""
    return series or (f"{kind}-{sector}" if sector else None)


def _series_of(m: EventMention) -> str | None:
    return _identity(m.series, m.kind, m.sector)


def event_keys(m: EventMention) -> list[tuple]:
    """Keys that identify the meeting from one mention alone (shared key => same meeting)."""
    keys: list[tuple] = []
    day = m.start if _precision(m.start) == 3 else None
    series = _series_of(m)
    # The sector tells apart bodies of one series: the 25th labour and 25th transport
    # ministers' meetings are both OTHER-MINISTERIAL 25.
    if series and m.ordinal is not None:
        keys.append(("numbered", series, m.sector or "", m.ordinal, m.partner or ""))
    elif m.kind == "bilateral" and m.countries and day:
        keys.append(("bilateral", tuple(sorted(m.countries)), day))
    elif m.kind == "national" and day:
        keys.append(("national", m.country or "", day))
    elif series and series in ANNUAL and m.start:
        keys.append(("annual", series, m.start[:4], m.partner or ""))
    elif series and day:
        keys.append(("dated", series, m.sector or "", m.partner or "", day))
    return keys


def cluster_events(
    mentions: list[EventMention], decisions: list[Decision]
) -> dict[MentionKey, list[MentionKey]]:
    ids = sorted((m.doc_id, m.idx) for m in mentions)
    by_id = {(m.doc_id, m.idx): m for m in mentions}
    series_of = {mid: _series_of(m) for mid, m in by_id.items()}

    def label_of(mid: MentionKey) -> tuple:
        m = by_id[mid]
        return (series_of[mid], m.sector or "", m.kind, m.partner or "", tuple(sorted(m.countries or [])))

    uf = _UnionFind(ids)
    first_with: dict[tuple, MentionKey] = {}
    for mid in ids:
        for key in event_keys(by_id[mid]):
            if key in first_with:
                uf.union(first_with[key], mid)
            else:
                first_with[key] = mid
    # An unnumbered mention dated to the day joins the one numbered meeting of its series that day.
    numbered_days: dict[tuple, set] = defaultdict(set)
    for mid in ids:
        m = by_id[mid]
        if series_of[mid] and m.ordinal is not None and _precision(m.start) == 3:
            numbered_days[(series_of[mid], m.sector or "", m.partner or "", m.start)].add(uf.find(mid))
    for mid in ids:
        m = by_id[mid]
        if series_of[mid] and m.ordinal is None and _precision(m.start) == 3:
            roots = numbered_days.get((series_of[mid], m.sector or "", m.partner or "", m.start), set())
            if len(roots) == 1:
                uf.union(next(iter(roots)), mid)
    # A mention dated to the month (or year) joins the only meeting of its series then.
    coarse = [mid for mid in ids if not event_keys(by_id[mid]) and by_id[mid].start]
    fine_roots: dict[tuple, set] = defaultdict(set)
    for mid in ids:
        m = by_id[mid]
        if _precision(m.start) == 3 and (series_of[mid] or m.kind in ("national", "bilateral")):
            root = uf.find(mid)
            label = label_of(mid)
            fine_roots[(*label, m.start[:7])].add(root)
            fine_roots[(*label, m.start[:4])].add(root)
    for mid in coarse:
        m = by_id[mid]
        if m.ordinal is not None:
            continue
        label = label_of(mid)
        roots = fine_roots.get((*label, m.start), set())
        if len(roots) == 1 and (series_of[mid] or m.countries or m.kind == "national"):
            uf.union(next(iter(roots)), mid)
    _apply_merges(uf, decisions, "event")
    groups = _apply_splits(list(uf.groups().values()), decisions, "event")
    return {g[0]: g for g in groups}


def _apply_merges(uf: _UnionFind, decisions: list[Decision], entity: str) -> None:
    for d in sorted(decisions, key=lambda d: d.id):
        if d.entity == entity and d.action == "merge":
            flat = [tuple(k) for side in d.keys for k in side if tuple(k) in uf.parent]
            for k in flat[1:]:
                uf.union(flat[0], k)


def _apply_splits(groups: list[list], decisions: list[Decision], entity: str) -> list[list]:
    """A split keeps its second side apart from the first, whatever the rules say."""
    for d in sorted(decisions, key=lambda d: d.id):
        if d.entity != entity or d.action != "split" or len(d.keys) != 2:
            continue
        moving = {tuple(k) for k in d.keys[1]}
        out = []
        for group in groups:
            inside = [k for k in group if k in moving]
            rest = [k for k in group if k not in moving]
            out.extend(part for part in (rest, inside) if part)
        groups = out
    return [sorted(g) for g in groups]


# -- consolidation ------------------------------------------------------------------------------
def _majority(values: Iterable, default=None):
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return default
    return sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def _best_date(values: list[str]) -> str | None:
    """The most precise date said; among those, the one most sources agree on (then earliest)."""
    if not values:
        return None
    finest = max(_precision(v) for v in values)
    fine = Counter(v for v in values if _precision(v) == finest)
    return sorted(fine.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _known(members: list) -> kb.KnownMeeting | None:
    series = _majority(m.series for m in members)
    ordinal = _majority(m.ordinal for m in members)
    sector = _majority(m.sector for m in members)
    return kb.known_meeting(series, ordinal, sector) if series and ordinal is not None else None


def _agree(a: str, b: str) -> bool:
    """Two ISO dates agree at the coarser precision of the two."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _event_fields(members: list[EventMention], published: dict[str, str | None]) -> dict:
    reported = [m for m in members if not m.referenced_only] or members
    status_by_date = sorted(members, key=lambda m: (published.get(m.doc_id) or "", m.doc_id))
    statuses = [m.status for m in status_by_date if m.status]
    status = statuses[-1] if statuses else None
    if "held" in statuses and status == "scheduled":
        status = "held"  # announced, then reported as held: held it was
    starts = [m.start for m in reported if m.start] or [m.start for m in members if m.start]
    ends = [m.end for m in reported if m.end] or [m.end for m in members if m.end]
    start = _best_date(starts)
    end = _best_date(ends)
    known = _known(members)
    if (
        known
        and known.start
        and (start is None or (_agree(start, known.start) and _precision(known.start) > _precision(start)))
    ):
        # The articles say nothing of the date, or less than the record of numbered meetings does
        # ("in July" for the 8 July AMM): knowledge fills in. Where they disagree, the articles
        # win: a meeting can be moved, and the record reports what was said.
        start, end = known.start, end or known.end
    if start and end and end < start[: len(end)]:
        end = None
    city = _majority(m.city for m in reported) or _majority(m.city for m in members)
    country = _majority(m.country for m in reported if m.city == city or not city) or _majority(
        m.country for m in members
    )
    return {
        "series": _majority(m.series for m in members),
        "kind": _majority((m.kind for m in members), "other"),
        "ordinal": _majority(m.ordinal for m in members),
        "start": start,
        "end": end,
        "city": city,
        "country": country,
        "status": status,
        "partner": _majority(m.partner for m in members),
        "countries": _majority(tuple(m.countries) for m in members if m.countries),
        "referenced_only": all(m.referenced_only for m in members),
        "theme": _majority(m.theme for m in members),
        "sector": _majority(m.sector for m in members),
    }


def event_id(fields: dict, members: list[MentionKey]) -> str:
    series = _identity(fields["series"], fields["kind"], fields["sector"])
    if series and fields["ordinal"] is not None:
        sector = fields["sector"] if fields["series"] else ""  # a body's sector is in its identity
        body = f"{series} {sector or ''} {fields['partner'] or ''} {fields['ordinal']}"
        return "ev-" + slug(body)
    label = series or fields["kind"]
    extra = "-".join(fields["countries"] or []) or fields["partner"] or ""
    when = fields["start"] or "undated"
    return "ev-" + slug(f"{label} {extra} {when}") + "-" + _short_hash(*members[0])[:6]


def _person_fields(members: list[PersonMention]) -> dict:
    spellings = Counter(m.name for m in members)

    def rank(kv: tuple[str, int]) -> tuple:
        name, count = kv
        return (-count, -sum(ord(c) > 127 for c in name), -len(name), name)

    ordered = [name for name, _ in sorted(spellings.items(), key=rank)]
    return {"name": ordered[0], "aliases": ordered[1:], "country": _majority(m.country for m in members)}


# -- stories ----------------------------------------------------------------------------------
def assign_stories(session: Session) -> None:
    """Near-duplicate documents share a story id (stories.py); signatures are computed once."""
    docs = list(session.scalars(select(Document)))
    for doc in docs:
        if not (doc.meta or {}).get("minhash"):
            doc.meta = {**(doc.meta or {}), "minhash": stories.signature(doc.clean_text)}
    story_of = stories.clusters((d.id, d.meta["minhash"]) for d in docs)
    for doc in docs:
        story = story_of.get(doc.id, doc.id)
        if doc.story != story:
            doc.story = story


# -- the whole run ----------------------------------------------------------------------------
PERSON_COLUMNS = (
    PersonMention.id, PersonMention.doc_id, PersonMention.idx, PersonMention.name, PersonMention.country,
)  # fmt: skip
EVENT_COLUMNS = (
    EventMention.id, EventMention.doc_id, EventMention.idx, EventMention.series, EventMention.kind,
    EventMention.ordinal, EventMention.start, EventMention.end, EventMention.city, EventMention.country,
    EventMention.status, EventMention.partner, EventMention.countries, EventMention.referenced_only,
    EventMention.theme, EventMention.sector,
)  # fmt: skip


def resolve(session: Session) -> None:
    """Rebuild stories, `Event` and `Person` from every document and mention in the store.

    Mentions are read as plain rows and entities written in bulk: on 10,000 articles the ORM's
    per-object bookkeeping would cost more than the clustering itself.
    """
    assign_stories(session)
    session.flush()
    published = dict(session.execute(select(Document.id, Document.published)).all())
    decisions = list(session.scalars(select(Decision)))
    pmentions = session.execute(select(*PERSON_COLUMNS)).all()
    ementions = session.execute(select(*EVENT_COLUMNS)).all()

    session.execute(update(PersonMention).values(person_id=None))
    session.execute(update(EventMention).values(event_id=None))
    session.execute(delete(Person))
    session.execute(delete(Event))

    pm_by_id = {(m.doc_id, m.idx): m for m in pmentions}
    person_uf = _UnionFind(sorted(pm_by_id))
    for members in cluster_people(pmentions).values():
        for k in members[1:]:
            person_uf.union(members[0], k)
    _apply_merges(person_uf, decisions, "person")
    people: list[dict] = []
    person_links: list[dict] = []
    taken: set[str] = set()
    for members in sorted(_apply_splits(list(person_uf.groups().values()), decisions, "person")):
        rows = [pm_by_id[k] for k in members]
        fields = _person_fields(rows)
        pid = "p-" + slug(fields["name"])
        if pid in taken:
            pid += "-" + (fields["country"] or "x").lower() + "-" + _short_hash(*members[0])[:4]
        taken.add(pid)
        people.append({"id": pid, **fields})
        person_links += [{"id": m.id, "person_id": pid} for m in rows]

    em_by_id = {(m.doc_id, m.idx): m for m in ementions}
    events: list[dict] = []
    event_links: list[dict] = []
    taken = set()
    for root, members in sorted(cluster_events(ementions, decisions).items()):
        rows = [em_by_id[k] for k in members]
        fields = _event_fields(rows, published)
        eid = event_id(fields, members)
        if eid in taken:
            eid += "-" + _short_hash(*root)[:6]
        taken.add(eid)
        countries = list(fields["countries"]) if fields["countries"] else None
        events.append({"id": eid, **fields, "countries": countries})
        event_links += [{"id": m.id, "event_id": eid} for m in rows]

    if people:
        session.execute(insert(Person), people)
        session.execute(update(PersonMention), person_links)
    if events:
        session.execute(insert(Event), events)
        session.execute(update(EventMention), event_links)
    session.expire_all()  # objects loaded before now hold the old links
