"""Regex alternations that Python's `re` scans fast: branches grouped by their first characters."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
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


def dispatch(pieces: list[tuple[str, str]], ignore_case: bool) -> str | None:
    """The same alternation grouped by first character: `[Mm](?i:inistre|onsieur)|[Pp](?i:...)`.

    Why: re tries every branch of an alternation at every position and cannot skip a
    case-insensitive branch cheaply, while a branch that opens with a plain character or class
    is skipped with one test. Phrases that can match at the same position share their first
    character, hence their group, where they keep their order: the matches are the same. None
    when a phrase opens with something else than a letter or digit (the caller keeps the flat
    alternation).
    """
    groups: dict[tuple[str, ...], list[str]] = {}
    for w, piece in pieces:
        if not w[:1].isalnum() or piece[:1] != w[:1]:
            return None
        groups.setdefault(case_chars(w[0]) if ignore_case else (w[0],), []).append(piece[1:])
    seen: set[str] = set()
    for chars in groups:  # two groups that could match one character: keep the flat form
        if seen.intersection(chars):
            return None
        seen.update(chars)
    flag = "?i:" if ignore_case else "?:"
    branches = []
    for chars, rests in groups.items():
        first = re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(map(re.escape, chars)) + "]"
        branches.append(f"{first}({flag}{'|'.join(rests)})")
    if len(branches) < 4:
        return "(?:" + "|".join(branches) + ")"
    # one class test first: re tries the branches one by one, and most positions open none
    return "(?=[" + "".join(map(re.escape, sorted(seen))) + "])(?:" + "|".join(branches) + ")"


@cache
def case_chars(c: str) -> tuple[str, ...]:
    """The characters re matches to `c` case-insensitively (its own notion: "k" also matches the
    Kelvin sign), found by asking re itself over the Basic Multilingual Plane (or all planes)."""
    pool = _bmp() if ord(c) < 0x10000 else "".join(map(chr, range(0x110000)))
    return tuple(sorted(set(re.findall(f"(?i:{re.escape(c)})", pool))))


@cache
def _bmp() -> str:
    return "".join(map(chr, range(0x10000)))


# A rule's requirements: every set must have one of its literals in the text (None: no test).
Needs = tuple[tuple[str, ...], ...] | None


def required_literals(pattern: str, flags: int = 0) -> Needs:
    """Sets of literal strings such that every match of `pattern` contains one literal of each
    set, or None when no useful set is found (then the pattern must run).

    Why: a rule that needs "capital" or "province of" cannot match a text without them, and
    `in` finds that out far faster than the rule's regex, which is tried at every position. The
    sets are read off re's own parse of the pattern: a run of plain characters that the match
    must contain, or one such run in each branch of a group it must contain.
    """
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern re's parser reads differently: no prefilter
        return None
    if parsed.state.flags & re.IGNORECASE:
        return None
    # short literals or many: the scan would find them in nearly every text
    useful = [tuple(sorted(s)) for s in literal_sets(list(parsed)) if min(map(len, s)) >= 3 and len(s) <= 16]
    return tuple(sorted(set(useful))) or None


def may_match(needs: Needs, text: str, lo: int = 0, hi: int | None = None) -> bool:
    """False when text[lo:hi] lacks every literal of one of the sets (see required_literals)."""
    if needs is None:
        return True
    if hi is None and lo == 0:
        return all(any(n in text for n in alternatives) for alternatives in needs)
    return all(any(text.find(n, lo, hi) >= 0 for n in alternatives) for alternatives in needs)


def best_set(sets: list[set[str]]) -> set[str] | None:
    """The most selective of required sets: the longest shortest literal, then the fewest."""
    return max(sets, key=lambda s: (min(map(len, s)), -len(s))) if sets else None


def _plain_char(op: Any, av: Any) -> str | None:
    return chr(av) if op is _c.LITERAL else None


def literal_sets(
    items: list[tuple[Any, Any]],
    char_of: Callable[[Any, Any], str | None] = _plain_char,
    folded: bool = False,
) -> list[set[str]]:
    """Sets of literals, each of which a match of this sequence of parsed items contains one of.

    `char_of` reads one parsed item as the one character it matches (or None). `folded`: the
    literals are read lower-case by `char_of` and tested on a lower-cased text, so that groups
    under re.IGNORECASE count too; otherwise such groups are passed over."""
    out: list[set[str]] = []
    run = ""
    for op, av in items:
        ch = char_of(op, av)
        if ch is not None:
            run += ch
            continue
        if run:
            out.append({run})
            run = ""
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            if folded or not add_flags & re.IGNORECASE:
                out.extend(literal_sets(list(sub), char_of, folded))
        elif op is _c.BRANCH:
            alternatives = [best_set(literal_sets(list(b), char_of, folded)) for b in av[1]]
            if all(alternatives):
                out.append(set().union(*alternatives))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            out.extend(literal_sets(list(av[2]), char_of, folded))
        elif op is _c.ATOMIC_GROUP:
            out.extend(literal_sets(list(av), char_of, folded))
    if run:
        out.append({run})
    return out



def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A class (`[...]`) of the characters every match of `pattern` can start with, or None when
    that is not worked out (an empty match, a negated class, any character...).

    Why: `(?=[...])` before a pattern that re cannot skip fast (a lookbehind first, optional
    groups) fails in one test where the pattern would enter each of its alternatives.
    """
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern re's parser reads differently: no class
        return None
    got = _first_seq(list(parsed), bool(parsed.state.flags & re.IGNORECASE))
    if got is None or got[1] or not got[0]:
        return None
    return "[" + "".join(sorted(got[0])) + "]"


def _first_seq(items: list[tuple[Any, Any]], icase: bool) -> tuple[set[str], bool] | None:
    """(class items a sequence can start with, whether it can match the empty string)."""
    acc: set[str] = set()
    for op, av in items:
        got = _first_op(op, av, icase)
        if got is None:
            return None
        acc |= got[0]
        if not got[1]:
            return acc, False
    return acc, True


def _first_op(op: Any, av: Any, icase: bool) -> tuple[set[str], bool] | None:
    if op is _c.LITERAL:
        chars = case_chars(chr(av)) if icase else (chr(av),)
        return {re.escape(c) for c in chars}, False
    if op is _c.IN:
        out: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                out |= {re.escape(c) for c in (case_chars(chr(a)) if icase else (chr(a),))}
            elif o is _c.RANGE and not icase:
                out.add(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
            elif o is _c.CATEGORY and a in _CATEGORIES:
                out.add(_CATEGORIES[a])
            else:
                return None  # negated or case-folded ranges: not worked out
        return out, False
    if op is _c.BRANCH:
        acc: set[str] = set()
        nullable = False
        for alt in av[1]:
            got = _first_seq(list(alt), icase)
            if got is None:
                return None
            acc |= got[0]
            nullable = nullable or got[1]
        return acc, nullable
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        sub_icase = (icase or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE
        return _first_seq(list(sub), sub_icase)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        got = _first_seq(list(av[2]), icase)
        return None if got is None else (got[0], got[1] or av[0] == 0)
    if op is _c.ATOMIC_GROUP:
        return _first_seq(list(av), icase)
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return set(), True  # zero width: the next item opens the match
    return None


_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
