"""Temporal expressions: find and resolve dates in news text (Duckling-like, rule-driven).

The engine is language-neutral. Each language module `chancery.rules.<lang>.time` provides
regex *fragments* (month, weekday, day, year names), lookup tables, tense cues and an ordered
list of `Rule`s. The engine expands the fragments, renames every rule's named groups so they can
live in one regex, and compiles a single alternation per language, once, on first use. A parse
is then one `finditer` pass over the text followed by a left-to-right resolution pass (needed
for anaphora such as "la veille", which points at the latest date mentioned before it).

Rule kinds understood by the engine (named groups a rule may use are listed):

- ``date``: day?, month, year?, weekday?, part? (début/fin/mi...), dir? (dernier/prochain),
  rel? (a relative word that comes with an explicit date: "demain, 2 août").
- ``range``: day, month?, year?, day2, month2?, year2?.
- ``until``: day?, month, year? -- "jusqu'au 11 octobre" / "until October 11". A `TimeExpr`
  cannot have an open start, so an until-expression is returned with ``kind="until"`` and
  ``start == end ==`` the end date: the reader must not take ``start`` as a beginning.
- ``year``: year (only in contexts where a bare number is clearly a year: "en 2023").
- ``until_year``: year ("jusqu'en 2030"), same convention as ``until``.
- ``period``: year, year2 ("2021-2025"): a plan period, ``kind="period"``.
- ``relday``: rel (-> day offset: "demain"); ``tod``: rel (-> day offset, "ce soir").
- ``weekday``: weekday, dir? ("ce lundi", "on Monday", "lundi dernier").
- ``anaphor``: rel (-> offset from the latest day-precision date before it: "la veille").
- ``relweek`` / ``relmonth`` / ``relyear``: rel (-> offset in weeks, months, years).
- ``iso``: year, month, day (language-neutral, supplied by the engine itself).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from types import ModuleType
from typing import TYPE_CHECKING

from chancery.document import DatePoint, Span, TimeExpr
from chancery.extract.alternation import by_first_char

# The standard library's own regex parser, to find the characters each rule can start with.
_sre_parser = re._parser  # type: ignore[attr-defined]
_sre_constants = re._constants  # type: ignore[attr-defined]

if TYPE_CHECKING:
    from chancery.document import Article

__all__ = [
    "Rule",
    "alternation",
    "anchor_from_iso",
    "find_dates",
    "infer_reference_year",
    "parse_dates",
]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of a language's temporal grammar.

    `pattern` may use the placeholders of the language's FRAGMENTS ("{MONTH}", "{DAY}", ...);
    apostrophes match both ' and ’. `examples` maps a phrase to its expected resolution against
    the language module's EXAMPLE_ANCHOR: "YYYY[-MM[-DD]]" or "start/end".
    """

    name: str
    kind: str
    pattern: str
    examples: dict[str, str] = field(default_factory=dict)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "sept" loses to "septembre")."""
    items = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in items) + ")"


# Formats that do not depend on the language.
_COMMON_RULES = [
    Rule("iso", "iso", r"(?P<year>(?:19|20)\d{2})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"),
]

_GROUP = re.compile(r"\(\?P<(\w+)>")


@dataclass(slots=True)
class _Grammar:
    """A language's compiled grammar: one regex, and per rule its kind and group names."""

    regex: re.Pattern[str]  # all rules (reference semantics; parse_dates uses `dispatch`)
    trigger: re.Pattern[str]  # the words every expression contains (names, digits, "demain"...)
    rules: list[tuple[str, str, list[str]]]  # (alternative group, kind, group names)
    parts: list[str]
    firsts: list[frozenset[str] | None]  # lowercase first characters of each rule (None: any)
    dispatch: dict[str, re.Pattern[str] | None]  # first character -> regex of the rules it can start
    mod: ModuleType
    future: re.Pattern[str]
    past: re.Pattern[str]
    evidence_cue: re.Pattern[str]
    evidence_block: re.Pattern[str]


_GRAMMARS: dict[str, _Grammar] = {}


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    for key, frag in fragments.items():
        pattern = pattern.replace("{" + key + "}", frag)
    return pattern.replace("'", "['’]")


# Word boundaries on both sides: no "57" out of "AMM-57", no "2023" out of "20234".
_LEFT = r"(?<![\w\-/])(?:"
_RIGHT = r")(?![\w/])"


def _first_of(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    """(lowercase characters a sequence of parsed regex items can start with, or None for
    "anything"; whether it can match the empty string)."""
    acc: set[str] = set()
    for op, av in items:
        chars, nullable = _first_op(op, av)
        if chars is None:
            return None, False
        acc |= chars
        if not nullable:
            return acc, False
    return acc, True


def _first_op(op: object, av: object) -> tuple[set[str] | None, bool]:
    c = _sre_constants
    if op is c.LITERAL:
        return {chr(av).lower()}, False  # type: ignore[arg-type]
    if op is c.IN:
        out: set[str] = set()
        for o, a in av:  # type: ignore[attr-defined]
            if o is c.LITERAL:
                out.add(chr(a).lower())
            elif o is c.RANGE and a[1] - a[0] < 300:
                out.update(chr(x).lower() for x in range(a[0], a[1] + 1))
            elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                out.update("0123456789")
            else:
                return None, False
        return out, False
    if op is c.BRANCH:
        out, nullable = set(), False
        for alt in av[1]:  # type: ignore[index]
            chars, n = _first_of(list(alt))
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or n
        return out, nullable
    if op is c.SUBPATTERN:
        return _first_of(list(av[-1]))  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, _, sub = av  # type: ignore[misc]
        chars, n = _first_of(list(sub))
        return chars, n or lo == 0
    if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
        return set(), True
    return None, False


def _first_chars(part: str) -> frozenset[str] | None:
    chars, nullable = _first_of(list(_sre_parser.parse(part, re.IGNORECASE)))
    return None if chars is None or nullable else frozenset(chars)


def _dispatch(g: _Grammar, ch: str) -> re.Pattern[str] | None:
    """The regex of only those rules that can start with `ch` (compiled once per character):
    tried at a word start, it fails as soon as a full alternation would, at a fraction of the
    cost."""
    if ch in g.dispatch:
        return g.dispatch[ch]
    parts = [p for p, first in zip(g.parts, g.firsts, strict=True) if first is None or ch in first]
    rx = re.compile(_LEFT + "|".join(parts) + _RIGHT, re.IGNORECASE) if parts else None
    g.dispatch[ch] = rx
    return rx


def _grammar(lang: str) -> _Grammar | None:
    """Compile (once) and return the grammar of `lang`, or None if there is no rule module."""
    g = _GRAMMARS.get(lang)
    if g is not None:
        return g
    try:
        mod = importlib.import_module(f"chancery.rules.{lang}.time")
    except ModuleNotFoundError:
        return None
    parts: list[str] = []
    rules: list[tuple[str, str, list[str]]] = []
    for i, rule in enumerate([*_COMMON_RULES, *mod.RULES]):
        body = _expand(rule.pattern, mod.FRAGMENTS)
        names = _GROUP.findall(body)
        body = _GROUP.sub(lambda m, i=i: f"(?P<g{i}_{m.group(1)}>", body)
        parts.append(f"(?P<r{i}>{body})")
        rules.append((f"r{i}", rule.kind, names))
    regex = re.compile(_LEFT + "|".join(parts) + _RIGHT, re.IGNORECASE)
    words = [*mod.MONTHS, *mod.WEEKDAYS, *mod.TRIGGERS]
    # Matched against the lowercased text: a case-sensitive alternation is much faster. The words
    # are `alternation`'s, grouped by first letters, behind one class test of those letters and
    # the digits (re tries the branches one by one at every position): the same matches.
    pieces = [_expand(re.escape(w), {}) for w in sorted({w.lower() for w in words}, key=len, reverse=True)]
    firsts = sorted({p[0] for p in pieces})
    lead = "(?=[\\d" + "".join(map(re.escape, firsts)) + "])" if all(c.isalnum() for c in firsts) else ""
    trigger = re.compile(lead + r"(?:\d+|\b" + by_first_char(pieces) + r"\b)")
    g = _Grammar(
        regex=regex,
        trigger=trigger,
        parts=parts,
        firsts=[_first_chars(p) for p in parts],
        dispatch={},
        rules=rules,
        mod=mod,
        future=re.compile(_expand(mod.FUTURE_CUES, {}), re.IGNORECASE),
        past=re.compile(_expand(mod.PAST_CUES, {}), re.IGNORECASE),
        evidence_cue=re.compile(_expand(mod.EVIDENCE_CUES, {}), re.IGNORECASE),
        evidence_block=re.compile(_expand(mod.EVIDENCE_BLOCKERS, {}), re.IGNORECASE),
    )
    for ch in set().union(*(f for f in g.firsts if f)):
        _dispatch(g, ch)  # compile now: the first parse should not pay for it
    _GRAMMARS[lang] = g
    return g


def _norm(word: str) -> str:
    return " ".join(word.lower().replace("’", "'").replace(".", "").split())


def anchor_from_iso(value: str | None) -> DatePoint | None:
    """'2024', '2024-01' or '2024-01-28' (a datetime prefix is fine) -> DatePoint, else None."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not m:
        return None
    year, month, day = (int(x) if x else None for x in m.groups())
    return DatePoint(year, month, day)


# --- resolution helpers -------------------------------------------------------------------


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _ordinal(year: int, month: int, day: int | None) -> int:
    # A coarse day count; an unknown day sits mid-month so month-only values compare fairly.
    return (year * 12 + month - 1) * 31 + (day if day is not None else 16)


def _far_from(anchor: DatePoint | None, year: int, month: int, day: int | None) -> bool:
    """More than about three months between the anchor and the date: the year is a guess."""
    if anchor is None or anchor.year is None or anchor.month is None:
        return False
    return abs((year * 12 + month) - (anchor.year * 12 + anchor.month)) >= 4


def _infer_year(month: int, day: int | None, anchor: DatePoint | None, direction: str | None) -> int | None:
    """The year of a month(/day) written without one: the occurrence closest to the anchor;
    "dernier/last" forces the past and "prochain/next" the future (strictly); "before" and
    "after" (from the verb's tense) allow the anchor's own month."""
    if anchor is None or anchor.year is None:
        return None
    if anchor.month is None:
        return anchor.year  # a year-only anchor: keep it
    ref_day = anchor.day if (anchor.day is not None and day is not None) else None
    ref = _ordinal(anchor.year, anchor.month, ref_day)
    best: tuple[int, int] | None = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        val = _ordinal(y, month, day if ref_day is not None else None)
        if direction == "past" and val >= ref:
            continue
        if direction == "future" and val <= ref:
            continue
        if (direction == "before" and val > ref) or (direction == "after" and val < ref):
            continue
        dist = abs(val - ref)
        # ties go to the past: news reports more than it announces
        if best is None or dist < best[0] or (dist == best[0] and y < best[1]):
            best = (dist, y)
    return best[1] if best else anchor.year


def _point(d: date) -> DatePoint:
    return DatePoint(d.year, d.month, d.day)


def _anchor_date(anchor: DatePoint | None) -> date | None:
    if anchor is None or anchor.year is None or anchor.month is None or anchor.day is None:
        return None
    return _safe_date(anchor.year, anchor.month, anchor.day)


def _coarse(anchor: DatePoint | None) -> DatePoint:
    """What is left of a relative day when the anchor has no day: the anchor's own precision."""
    if anchor is None:
        return DatePoint(None)
    return DatePoint(anchor.year, anchor.month)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): bounded by '. ', newlines or 200 characters."""
    lo = max(start - 200, 0)
    for sep in (". ", "\n", "; ", ".\u00a0"):
        k = text.rfind(sep, lo, start)
        if k >= 0:
            lo = max(lo, k + 1)
    hi = min(end + 200, len(text))
    for sep in (". ", "\n", "; "):
        k = text.find(sep, end, hi)
        if k >= 0:
            hi = min(hi, k)
    return lo, hi


def _tense(g: _Grammar, text: str, start: int, end: int) -> str | None:
    """'past' or 'future' from the verb cue nearest to the expression in its sentence."""
    lo, hi = _clause(text, start, end)
    best: tuple[int, str] | None = None
    for label, rx in (("future", g.future), ("past", g.past)):
        for m in rx.finditer(text, lo, hi):
            if m.end() <= start:
                dist = start - m.end()
            elif m.start() >= end:
                dist = m.start() - end
            else:
                continue  # the cue is inside the expression itself ("dernier")
            if best is None or dist < best[0]:
                best = (dist, label)
    return best[1] if best else None


def _weekday(wd: int, anchor: date, direction: str | None) -> date:
    back = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
    fwd = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
    if direction == "past":
        return back if back != anchor else anchor - timedelta(days=7)
    if direction == "future":
        return fwd if fwd != anchor else anchor + timedelta(days=7)
    if direction == "before":
        return back
    if direction == "after":
        return fwd
    return back if (anchor - back) <= (fwd - anchor) else fwd


# --- parsing ------------------------------------------------------------------------------


def _num(value: str | None, table: dict[str, int]) -> int | None:
    if value is None:
        return None
    v = _norm(value)
    if v in table:
        return table[v]
    digits = re.match(r"\d+", v)
    return int(digits.group()) if digits else None


def _resolve(
    g: _Grammar,
    kind: str,
    v: dict[str, str | None],
    text: str,
    span: Span,
    anchor: DatePoint | None,
    last_day: DatePoint | None,
) -> TimeExpr | None:
    mod = g.mod
    expr_text = text[span.start : span.end]
    months: dict[str, int] = mod.MONTHS
    days: dict[str, int] = getattr(mod, "DAYS", {})
    dir_word = v.get("dir") or v.get("dir2")
    direction = mod.DIRECTIONS.get(_norm(dir_word)) if dir_word else None
    rel_word = _norm(v["rel"]) if v.get("rel") else None
    offset = mod.RELATIVE.get(rel_word) if rel_word else None

    if kind == "iso":
        y, mo, d = int(v["year"]), int(v["month"]), int(v["day"])  # type: ignore[arg-type]
        if _safe_date(y, mo, d) is None:
            return None
        return TimeExpr(span, expr_text, DatePoint(y, mo, d), year_explicit=True)

    if kind in ("date", "until"):
        month = _num(v.get("month"), months)
        day = _num(v.get("day"), days)
        if month is None:
            return None
        year = int(v["year"]) if v.get("year") else None
        explicit = year is not None
        if year is None:
            year = _infer_year(month, day, anchor, direction)
            if direction is None and year is not None and _far_from(anchor, year, month, day):
                # Months away either side ("in October", said in March): the verb decides.
                tense = _tense(g, text, span.start, span.end)
                if tense in ("past", "future"):
                    year = _infer_year(month, day, anchor, "before" if tense == "past" else "after")
        if day is not None and year is not None and _safe_date(year, month, day) is None:
            return None
        if day is not None and not 1 <= day <= 31:
            return None
        point = DatePoint(year, month, day)
        rel = bool(v.get("rel")) or direction is not None
        if kind == "until":
            return TimeExpr(span, expr_text, point, point, relative=rel, year_explicit=explicit, kind="until")
        return TimeExpr(
            span, expr_text, point, relative=rel, year_explicit=explicit, kind="date" if day else "month"
        )

    if kind == "range":
        m2 = _num(v.get("month2"), months)
        m1 = _num(v.get("month"), months) or m2
        m2 = m2 or m1
        d1, d2 = _num(v.get("day"), days), _num(v.get("day2"), days)
        if m1 is None or m2 is None or d1 is None or d2 is None:
            return None
        y2 = int(v["year2"]) if v.get("year2") else None
        y1 = int(v["year"]) if v.get("year") else None
        explicit = y1 is not None or y2 is not None
        if y1 is None and y2 is not None:
            y1 = y2 - 1 if (m1, d1) > (m2, d2) else y2
        if y1 is None:
            y1 = _infer_year(m1, d1, anchor, None)
        if y2 is None and y1 is not None:
            y2 = y1 + 1 if (m1, d1) > (m2, d2) else y1
        start, end = DatePoint(y1, m1, d1), DatePoint(y2, m2, d2)
        if y1 is not None and y2 is not None:
            a, b = _safe_date(y1, m1, d1), _safe_date(y2, m2, d2)
            if a is None or b is None or b < a:
                return None
        elif (m1, d1) > (m2, d2) and m1 == m2:
            return None
        return TimeExpr(span, expr_text, start, end, year_explicit=explicit, kind="range")

    if kind in ("year", "until_year"):
        y = int(v["year"])  # type: ignore[arg-type]
        p = DatePoint(y)
        if kind == "until_year":
            return TimeExpr(span, expr_text, p, p, year_explicit=True, kind="until")
        return TimeExpr(span, expr_text, p, year_explicit=True, kind="year")

    if kind == "period":
        y1, y2 = int(v["year"]), int(v["year2"])  # type: ignore[arg-type]
        if y2 < 100:
            y2 += (y1 // 100) * 100
        if y2 <= y1:
            return None
        return TimeExpr(span, expr_text, DatePoint(y1), DatePoint(y2), year_explicit=True, kind="period")

    if kind in ("relday", "tod"):
        if offset is None:
            return None
        a = _anchor_date(anchor)
        point = _point(a + timedelta(days=offset)) if a else _coarse(anchor)
        tkind = "time_of_day" if kind == "tod" else "relative"
        return TimeExpr(span, expr_text, point, relative=True, kind=tkind)

    if kind == "anaphor":
        if offset is None:
            return None
        base = last_day if last_day is not None else anchor
        a = _anchor_date(base)
        point = _point(a + timedelta(days=offset)) if a else _coarse(base)
        return TimeExpr(span, expr_text, point, relative=True, kind="relative")

    if kind == "weekday":
        wd = mod.WEEKDAYS.get(_norm(v["weekday"] or ""))
        if wd is None:
            return None
        a = _anchor_date(anchor)
        if a is None:
            return TimeExpr(span, expr_text, _coarse(anchor), relative=True, kind="relative")
        if direction not in ("past", "future"):
            tense = _tense(g, text, span.start, span.end)
            direction = {"past": "before", "future": "after"}.get(tense or "", None)
        return TimeExpr(span, expr_text, _point(_weekday(wd, a, direction)), relative=True, kind="relative")

    if kind == "relweek":
        a = _anchor_date(anchor)
        if offset is None:
            return None
        if a is None:
            return TimeExpr(span, expr_text, _coarse(anchor), relative=True, kind="week")
        monday = a - timedelta(days=a.weekday()) + timedelta(weeks=offset)
        return TimeExpr(
            span, expr_text, _point(monday), _point(monday + timedelta(days=6)), relative=True, kind="week"
        )

    if kind == "relmonth":
        if offset is None:
            return None
        if anchor is None or anchor.year is None or anchor.month is None:
            return TimeExpr(span, expr_text, DatePoint(None), relative=True, kind="month")
        n = anchor.year * 12 + anchor.month - 1 + offset
        return TimeExpr(span, expr_text, DatePoint(n // 12, n % 12 + 1), relative=True, kind="month")

    if kind == "relyear":
        if offset is None:
            return None
        y = anchor.year + offset if anchor is not None and anchor.year is not None else None
        return TimeExpr(span, expr_text, DatePoint(y), relative=True, kind="year")

    return None


# Longest distance from the start of an expression to the first trigger word inside it
# ("on the morning of Wednesday, October 9": 18 characters to "Wednesday").
_WINDOW = 45
_MISSING = re.compile("")  # sentinel for "not compiled yet"
_WORD_START = re.compile(r"\b\w")


# The last text scanned and its matches: an undated article is scanned for its year (anchor
# None), then for its dates; the matches do not depend on the anchor.
_last: tuple[_Grammar, str, list[re.Match[str]]] | None = None


def _matches(g: _Grammar, text: str) -> list[re.Match[str]]:
    """What `g.regex.finditer(text)` finds (see `_scan`), the same list again for the same text."""
    global _last
    last = _last
    if last is not None and last[0] is g and last[1] == text:
        return last[2]
    out = _scan(g, text)
    _last = (g, text, out)
    return out


def _scan(g: _Grammar, text: str) -> list[re.Match[str]]:
    """What `g.regex.finditer(text)` finds, but only tried at the word starts shortly before a
    trigger word: a regex of many alternatives is costly per position, and most of a news
    text is nowhere near a date."""
    out: list[re.Match[str]] = []
    dispatch, word_start = g.dispatch, _WORD_START
    checked = 0  # every position before this one has been tried or consumed
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lowercase to two: offsets would drift
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for tm in g.trigger.finditer(lowered):
        t = tm.start()
        if t < checked:
            continue
        pos = max(checked, t - _WINDOW)
        while pos <= t:
            ws = word_start.search(text, pos, t + 1)
            if ws is None:
                break
            p = ws.start()
            rx = dispatch.get(text[p].lower(), _MISSING)
            if rx is _MISSING:
                rx = _dispatch(g, text[p].lower())
            m = rx.match(text, p) if rx is not None else None
            if m is not None:
                out.append(m)
                pos = m.end()
            else:
                pos = ws.start() + 1
        checked = max(pos, t + 1)
    return out


def parse_dates(text: str, lang: str, anchor: DatePoint | None = None) -> list[TimeExpr]:
    """Every temporal expression of `text`, in order and non-overlapping, resolved against
    `anchor` (the publication date at its precision; None leaves unwritten years as None)."""
    g = _grammar(lang)
    if g is None or not text:
        return []
    out: list[TimeExpr] = []
    last_day: DatePoint | None = None
    for m in _matches(g, text):
        alt = m.lastgroup
        if alt is None:
            continue
        idx = int(alt[1:])
        _, kind, names = g.rules[idx]
        prefix = f"g{idx}_"
        values = {n: m.group(prefix + n) for n in names}
        expr = _resolve(g, kind, values, text, Span(m.start(), m.end()), anchor, last_day)
        if expr is None:
            continue
        out.append(expr)
        if expr.start.day is not None and expr.kind != "week":
            # "la veille" of a range is the eve of its opening; "ce jour-là" after
            # "jusqu'au 27 juillet" is the 27th.
            last_day = expr.start
    return out


# --- reference year -----------------------------------------------------------------------


def infer_reference_year(text: str, lang: str) -> int | None:
    """The year an undated article is written in, when the text makes it certain.

    Evidence is a year written as a date ("en 2023", "in 2024") in a clause that describes the
    present chairmanship or the year under review ("assure la présidence", "holds the ASEAN
    Chairmanship", "faire le bilan", "take stock"). Horizons, plan periods, anniversaries,
    forecasts and future-tense clauses are not evidence. Conflicting evidence gives None.
    """
    g = _grammar(lang)
    if g is None:
        return None
    years: set[int] = set()
    for expr in parse_dates(text, lang, None):
        if expr.kind != "year" or expr.relative:
            continue
        lo, hi = _clause(text, expr.span.start, expr.span.end)
        before = text[max(lo, expr.span.start - 160) : expr.span.start]
        around = text[max(lo, expr.span.start - 60) : min(hi, expr.span.end + 40)]
        if not g.evidence_cue.search(before):
            continue
        if g.evidence_block.search(around) or g.future.search(before[-100:]):
            continue
        years.add(expr.start.year)  # type: ignore[arg-type]
    return years.pop() if len(years) == 1 else None


def find_dates(article: Article) -> list[TimeExpr]:
    """parse_dates over the article, anchored on its publication date or, when it has none,
    on the year its text makes certain (year precision)."""
    anchor = anchor_from_iso(article.published)
    if anchor is None:
        year = article.reference_year or infer_reference_year(article.text, article.lang)
        anchor = DatePoint(year) if year is not None else None
    return parse_dates(article.text, article.lang, anchor)
