"""Hand decisions on resolution: merge two entities, or split sources out of one.

A decision names the mentions it is about ((doc id, index) pairs), not entity ids, because
ids are rebuilt with every resolution; `resolve` replays every decision, in order, after its
own rules, so hand decisions survive new articles and re-ingest.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from chancery.resolve import person_key, resolve
from chancery.store.models import Decision, Event, EventMention, Person, PersonMention


class DecisionError(Exception):
    """A decision that cannot be made (unknown id, two kinds of entity, nothing to split)."""


def _kind(session: Session, entity_id: str) -> str:
    if session.get(Event, entity_id) is not None:
        return "event"
    if session.get(Person, entity_id) is not None:
        return "person"
    raise DecisionError(f"no event or person with id {entity_id!r}")


def _mentions(session: Session, kind: str, entity_id: str) -> list[list]:
    model, column = (
        (EventMention, EventMention.event_id) if kind == "event" else (PersonMention, PersonMention.person_id)
    )
    rows = session.execute(
        select(model.doc_id, model.idx).where(column == entity_id).order_by(model.doc_id, model.idx)
    )
    return [[doc, idx] for doc, idx in rows]


def _entity_of(session: Session, kind: str, mention: list) -> str | None:
    model = EventMention if kind == "event" else PersonMention
    row = session.scalars(select(model).where(model.doc_id == mention[0], model.idx == mention[1])).first()
    if row is None:
        return None
    return row.event_id if kind == "event" else row.person_id


def _record(session: Session, kind: str, action: str, sides: list[list[list]]) -> None:
    session.add(
        Decision(entity=kind, action=action, keys=sides, made_at=datetime.now(UTC).replace(tzinfo=None))
    )
    session.flush()
    resolve(session)


def merge(session: Session, first: str, second: str) -> str:
    """Make two events (or two people) one; returns the id of the merged entity."""
    kind = _kind(session, first)
    if _kind(session, second) != kind:
        raise DecisionError(
            f"{first} and {second} are not of the same kind: cannot merge an event with a person"
        )
    if first == second:
        raise DecisionError("nothing to merge: the two ids are the same")
    sides = [_mentions(session, kind, first), _mentions(session, kind, second)]
    _record(session, kind, "merge", sides)
    return _entity_of(session, kind, sides[0][0]) or first


def split(session: Session, entity_id: str, docs: list[str]) -> tuple[str, str]:
    """Take the mentions of `docs` out of an entity; returns (staying id, new id)."""
    kind = _kind(session, entity_id)
    mentions = _mentions(session, kind, entity_id)
    moving = [m for m in mentions if m[0] in set(docs)]
    staying = [m for m in mentions if m[0] not in set(docs)]
    if not moving:
        raise DecisionError(f"{entity_id} has no source among {', '.join(docs)}")
    if not staying:
        raise DecisionError(f"every source of {entity_id} would move: nothing would stay")
    _record(session, kind, "split", [staying, moving])
    return _entity_of(session, kind, staying[0]) or entity_id, _entity_of(session, kind, moving[0]) or "?"


# -- re-extraction ------------------------------------------------------------------------------
# A decision names mentions by (doc id, index); extracting a document again may number its
# mentions otherwise. Each mention is followed by what it is, not by its index.
MentionsOf = dict[str, dict[int, tuple]]


def mentions_of(session: Session, doc_id: str) -> MentionsOf:
    """What each mention of a document is, by kind and index."""
    events = {
        m.idx: (m.series, m.kind, m.ordinal, m.partner, tuple(m.countries or ()), m.span_start, m.span_end)
        for m in session.scalars(select(EventMention).where(EventMention.doc_id == doc_id))
    }
    people = {
        m.idx: (person_key(m.name),)
        for m in session.scalars(select(PersonMention).where(PersonMention.doc_id == doc_id))
    }
    return {"event": events, "person": people}


def _same(kind: str, old: tuple, candidates: dict[int, tuple]) -> int | None:
    """The new mention that is the old one: the same meeting (series, kind, number, partner,
    countries) nearest the old sentence, or the same person."""
    if kind == "person":
        return next((idx for idx, new in sorted(candidates.items()) if new == old), None)
    same = [(idx, new) for idx, new in candidates.items() if new[:5] == old[:5]]
    if not same:
        return None
    return min(same, key=lambda item: (abs(item[1][5] - old[5]), item[0]))[0]


def follow_mentions(session: Session, doc_id: str, before: MentionsOf) -> int:
    """Point the decisions on a re-extracted document at its new mentions; returns how many
    mentions they named are gone (those are left out of the decision)."""
    after = mentions_of(session, doc_id)
    lost = 0
    for decision in session.scalars(select(Decision)):
        sides = []
        changed = False
        for side in decision.keys:
            kept = []
            for doc, idx in side:
                if doc != doc_id:
                    kept.append([doc, idx])
                    continue
                old = before[decision.entity].get(idx)
                if old is None:  # named nothing before either: left as it was
                    kept.append([doc, idx])
                    continue
                changed = True
                new = _same(decision.entity, old, after[decision.entity])
                if new is None:
                    lost += 1
                else:
                    kept.append([doc, new])
            sides.append(kept)
        if changed:
            decision.keys = sides  # a new list: the JSON column sees the change
    return lost
