"""Regex alternations that Python's `re` scans fast: branches grouped by their first characters."""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any


def by_first_char(patterns: list[str], depth: int = 4) -> str:
    """`(?:p1|p2|...)` with the branches grouped by their first characters (a trie `depth` deep),
    in order within a group.

    Why: re tries every branch of an alternation at each position it scans; a group that opens
    with a plain character is skipped with one test. Branches that can match at one position share
    their first character, hence their group, where they keep their order: the matches are the
    same. Patterns that open otherwise (a class, an escape, a quantified character) keep the flat
    alternation.
    """
    groups: dict[str, list[str]] = {}
    for p in patterns:
        c = p[:1]
        if depth == 0 or len(patterns) < 2 or not c.isalnum() or p[1:2] in ("?", "*", "+", "{"):
            return "(?:" + "|".join(patterns) + ")"
        groups.setdefault(c, []).append(p[1:])
    return "(?:" + "|".join(c + by_first_char(rests, depth - 1) for c, rests in groups.items()) + ")"


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literal strings one of which occurs in every match of `pattern`, or None when no useful
    set is found (then the pattern must run).

    Why: a rule that needs "capital" or "province of" cannot match a text without them, and
    `in` finds that out far faster than the rule's regex, which is tried at every position. The
    set is read off re's own parse of the pattern: a run of plain characters that the match
    must contain, or one such run in each branch of a group it must contain.
    """
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern re's parser reads differently: no prefilter
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _required(list(parsed))
    if not found or min(map(len, found)) < 3 or len(found) > 8:
        return None  # short or many: the scan would find them in nearly every text
    return tuple(sorted(found))


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The most selective requirement of a sequence of parsed items (None: nothing required)."""
    candidates: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append({run})
            run = ""
        got: set[str] | None = None
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if not add_flags & re.IGNORECASE:
                got = _required(list(sub))
        elif op is _c.BRANCH:
            alternatives = [_required(list(b)) for b in av[1]]
            if all(alternatives):
                got = set().union(*alternatives)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = _required(list(av[2]))
        elif op is _c.ATOMIC_GROUP:
            got = _required(list(av))
        if got:
            candidates.append(got)
    if run:
        candidates.append({run})
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s)))
