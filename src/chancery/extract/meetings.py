"""Meeting mentions: series names, abbreviations, ordinals and partners, in one pass per grammar.

Series names come from knowledge/data/series.yaml; the grammar around them (ordinals, posts
that contain a series name, bilateral and national meetings) from rules/<lang>/meetings.py.

Speed, with the same matches (events.py uses the same helpers):
- names are tried only at word starts, with only the names their first three characters allow
  (read from the patterns by the standard library's regex parser);
- a cue runs only over text holding its trigger words (`triggers`, read from the cue itself);
- a re.IGNORECASE cue runs as its plain lowercase twin over the folded text (`on_folded`).
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from types import ModuleType

import yaml

from chancery.document import Article, MeetingMention, Span
from chancery.extract.alternation import best_set, literal_sets
from chancery.extract.time import _first_chars

DATA = Path(__file__).resolve().parent.parent / "knowledge" / "data"


# -- trigger words: what a cue cannot match without ---------------------------------------------
# A regex over a sentence costs far more than `in` tests of a few words over it; the words are
# read from the regex itself (the standard library's parser), never listed by hand.
_sre_parser = re._parser  # type: ignore[attr-defined]
_sre_constants = re._constants  # type: ignore[attr-defined]


def _latin_char(code: int) -> str | None:
    """The lowercase of a character a trigger may hold: Latin script, case mapped one to one."""
    ch = chr(code).lower()
    if len(ch) != 1 or ch.upper().lower() != ch:
        return None
    if not (ch.isascii() or unicodedata.name(ch, "").startswith("LATIN")):
        return None
    return ch


def _literal(op: object, av: object) -> str | None:
    """The one (lowercase) character a parsed item matches, whatever its case: "a", "[Aa]"."""
    c = _sre_constants
    if op is c.LITERAL:
        return _latin_char(av)  # type: ignore[arg-type]
    if op is c.IN and all(o is c.LITERAL for o, _ in av):  # type: ignore[attr-defined]
        chars = {_latin_char(a) for _, a in av}  # type: ignore[attr-defined]
        return chars.pop() if len(chars) == 1 and None not in chars else None
    return None


def _needs_all(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """Every set of lowercase words one of which each match of a parsed sequence holds (runs of
    plain characters, whatever their case, read by `_literal`; see alternation.literal_sets)."""
    return [frozenset(s) for s in literal_sets(items, _literal, folded=True)]


def _needs(items: list[tuple[object, object]]) -> frozenset[str] | None:
    """The most telling of those sets, or None."""
    best = best_set(_needs_all(items))  # type: ignore[arg-type]
    if best is None:
        return None
    # A word that holds another one of the set adds nothing: "présidé" needs "présid" anyway.
    return frozenset(w for w in best if not any(o != w and o in w for o in best))


def _rank(words: frozenset[str]) -> tuple[int, int]:
    return min(len(w) for w in words), -len(words)


def triggers(pattern: str) -> tuple[str, ...] | None:
    """Lowercase words one of which any match of `pattern` holds, with or without re.IGNORECASE;
    None when there are none."""
    found = _needs(list(_sre_parser.parse(pattern)))
    return tuple(sorted(found)) if found else None


def all_triggers(pattern: str, most: int = 3) -> list[tuple[str, ...]]:
    """Sets of words the pattern's matches each hold one of ("avec", a partner's name ...): a
    text must hold one word of every set to match. The `most` most telling sets, of words of
    three characters or more."""
    sets = {
        frozenset(w for w in found if not any(o != w and o in w for o in found))
        for found in _needs_all(list(_sre_parser.parse(pattern)))
    }
    telling = sorted((s for s in sets if _rank(s)[0] >= 3), key=_rank, reverse=True)
    return [tuple(sorted(s)) for s in telling[:most]]


def _holds_all(sets: list[tuple[str, ...]], folded: str | None) -> bool:
    return folded is None or all(any(w in folded for w in words) for words in sets)


_PLAIN: set[str] = set()  # characters seen that str.lower() folds as re.IGNORECASE does


def _folded(text: str) -> str | None:
    """`text.lower()`, offset for offset, where re's IGNORECASE folds every character the same
    way (no "İ", "ſ", "ı" ...): a trigger word not in its slice means the cue cannot match there.
    None otherwise (then every cue runs)."""
    global _last_folded
    last = _last_folded  # (one read: another thread may replace it)
    if last[0] is text:  # meetings, then events, fold the same article text
        return last[1]
    folded: str | None = text.lower()
    if not text.isascii():
        for ch in set(text) - _PLAIN:
            low = ch.lower()
            if len(low) != 1 or low.upper().lower() != low:
                folded = None
                break
            _PLAIN.add(ch)
    _last_folded = (text, folded)
    return folded


# The text last folded (held, so that `is` stays sound), and its fold.
_last_folded: tuple[str | None, str | None] = (None, None)


def _may_match(needs: tuple[str, ...] | None, folded: str | None) -> bool:
    return needs is None or folded is None or any(w in folded for w in needs)


# -- lowercase twins: an IGNORECASE regex as a plain one, run over the folded text -------------
# re compares characters case-insensitively one call at a time and cannot skip ahead on them; the
# same pattern written in lowercase, over `_folded` text (same offsets), finds the same matches
# two to three times faster.
_CODE_ESCAPES = frozenset("xuUN0123456789")  # a character named by its code, or a back reference


def lowered(pattern: str) -> str | None:
    """`pattern` with its literal characters in lowercase (escapes, group names and classes kept
    as they work), or None where that could change what it matches: inline flags, characters
    named by code, ranges other than ASCII letters or non-letters."""
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            if pattern[i + 1 : i + 2] in _CODE_ESCAPES or i + 1 == n:
                return None
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            elif ch == "-" and out[-1] not in ("[", "[^") and pattern[i + 1 : i + 2] not in ("]", ""):
                lo, hi = pattern[i - 1], pattern[i + 1]
                letters = [c.isalpha() for c in map(chr, range(ord(lo), ord(hi) + 1))]
                if not (lo.isascii() and hi.isascii()) or (any(letters) and not all(letters)):
                    return None
        elif ch == "[":
            in_class = True
            opening = "[^" if pattern[i + 1 : i + 2] == "^" else "["
            i += len(opening)
            if pattern[i : i + 1] == "]":  # a "]" first is a literal one
                opening += "]"
                i += 1
            out.append(opening)
            continue
        elif ch == "(" and pattern[i + 1 : i + 2] == "?":
            m = re.match(r"\(\?(?:P<\w+>|P=\w+\)|:|=|!|<=|<!)", pattern[i:])
            if not m:
                return None  # inline flags: (?i), (?-i:...)
            out.append(m.group(0))
            i += m.end()
            continue
        low = ch.lower()
        if len(low) != 1:
            return None
        out.append(low)
        i += 1
    return "".join(out)


def _twin(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    # Keyed by id, the pattern held in the value (so that the id stays its own): hashing a
    # compiled pattern hashes its whole code, which costs more than the search it would save.
    known = _TWINS.get(id(rx))
    if known is None:
        low = lowered(rx.pattern) if rx.flags & re.IGNORECASE else None
        known = _TWINS[id(rx)] = (rx, re.compile(low, rx.flags & ~re.IGNORECASE) if low is not None else None)
    return known[1]


_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def on_folded(rx: re.Pattern[str], text: str, folded: str | None) -> tuple[re.Pattern[str], str]:
    """The regex and the text to run it on: `rx`'s lowercase twin over the folded text where both
    exist, else `rx` over `text`. Offsets are the same; matched text is folded (take spans)."""
    twin = _twin(rx) if folded is not None else None
    return (twin, folded) if twin is not None else (rx, text)  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class Series:
    code: str
    kind: str
    family: str | None
    numbered: bool
    descriptive: bool
    # Meetings of one series that an article keeps apart ("ADMM Retreat", "ADMM-Plus", "ADMM").
    variant: str | None = None
    # A body's gatherings outside VOCABULARY.md's series (AIPA, Mekong-Lancang): recorded as
    # series null, the code as sector.
    body: bool = False


@cache
def series_table() -> tuple[list[Series], dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """Series in priority order, their name patterns per language, and their abbreviations."""
    rows = yaml.safe_load((DATA / "series.yaml").read_text(encoding="utf-8"))
    table: list[Series] = []
    names: dict[str, dict[str, list[str]]] = {}
    abbreviations: dict[str, list[str]] = {}
    for i, row in enumerate(rows):
        info = Series(
            row["code"],
            row["kind"],
            row.get("family"),
            bool(row.get("numbered")),
            bool(row.get("descriptive")),
            row.get("variant"),
            bool(row.get("body")),
        )
        key = f"{row['code']}#{i}"
        table.append(info)
        names[key] = row.get("names") or {}
        abbreviations[key] = row.get("abbreviations") or []
    return table, names, abbreviations


@cache  # (events asks it of every draft and mention)
def series_info(code: str) -> Series | None:
    for info in series_table()[0]:
        if info.code == code and not info.descriptive and info.variant is None:
            return info
    return None


@cache
def partners(lang: str) -> list[tuple[str, str]]:
    """(surface form, code) for the dialogue partners, longest first."""
    rows = yaml.safe_load((DATA / "partners.yaml").read_text(encoding="utf-8"))
    forms = [
        (form, code)
        for code, by_lang in rows.items()
        for form in by_lang.get(lang, []) + by_lang.get("en", [])
    ]
    return sorted(set(forms), key=lambda f: -len(f[0]))


# "the Association of Southeast Asian Nations (ASEAN) Summit": the long name stands for ASEAN.
ASEAN_LONG = (
    r"(?:ASEAN(?:\s+\((?:the\s+)?Association\s+of\s+[^()]{0,40}\))?|Association\s+of\s+(?:the\s+)?Southeast\s+Asian\s+Nations(?:\s+\(ASEAN\))?"
    r"|Association\s+des\s+nations\s+de\s+l['’]Asie\s+du\s+Sud-Est(?:\s+\(ASEAN\))?)"
)


_CLASS_OR_CHAR = re.compile(r"\[(?:\\.|[^\]\\])*\]|\\.|.", re.DOTALL)


def _outside_classes(pattern: str) -> str:
    """Apostrophes and spaces made flexible, except inside a character class ("[\\w'’-]")."""
    out = []
    for m in _CLASS_OR_CHAR.finditer(pattern):
        tok = m.group(0)
        out.append("['’]" if tok == "'" else r"\s+" if tok == " " else tok)
    return "".join(out).replace(r"\s+?", r"\s*")


def _expand(pattern: str, partner_alt: str, meeting: str = "") -> str:
    """series.yaml conveniences: {MEETING} (the language's head nouns for a meeting), apostrophes,
    flexible spaces, {PARTNER}, ASEAN's long name."""
    pattern = _outside_classes(pattern.replace("{MEETING}", meeting))
    pattern = re.sub(r"(?<![\w(])ASEAN(?![\w)])", lambda _m: ASEAN_LONG, pattern)
    return pattern.replace("{PARTNER}", f"(?:{partner_alt})")


@dataclass
class Grammar:
    rules: ModuleType
    names: re.Pattern[str]
    # The names, split by the character they can start with: tried only at word starts, a few
    # alternatives fail fast where the whole alternation would be tried at every position.
    name_parts: list[tuple[str, frozenset[str] | None]]
    name_dispatch: dict[str, tuple[re.Pattern[str], re.Pattern[str] | None] | None]
    # Which names can start with a word's first three characters: bit j for name_parts[j].
    name_masks: _Masks
    name_regexes: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None] | None]  # per mask
    group_series: dict[str, Series]
    partner_groups: frozenset[str]  # the names that say a partner ("ASEAN-China ...")
    abbreviations: re.Pattern[str]
    abbr_series: dict[str, Series]
    partner: re.Pattern[str]
    partner_codes: dict[str, str]
    ordinal_before: re.Pattern[str]
    ordinal_number: re.Pattern[str]
    abbr_after: re.Pattern[str]
    post_before: re.Pattern[str]
    post_after: re.Pattern[str]
    bilateral: re.Pattern[str]
    national: re.Pattern[str]
    partner_lists: list[tuple[re.Pattern[str], Series]]
    # Per whole-text pattern, the word sets an article must hold for it to match (see all_triggers).
    needs: dict[str, list[tuple[str, ...]]]


def _partner_list(partner_alt: str) -> str:
    """Two or more partners joined by commas and et/and, with their articles."""
    article = r"(?:les\s+pays\s+de\s+|the\s+)?(?:l['’]|la\s+|le\s+|les\s+|the\s+)?"
    item = rf"(?:{article}(?:{partner_alt})(?:\s*\([A-Z]{{2,4}}\))?)"
    join = r"(?:\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+)"
    return rf"{item}(?:{join}{item}){{1,14}}(?![\w])"


def _without_groups(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


@cache
def grammar(lang: str) -> Grammar:
    rules = importlib.import_module(f"chancery.rules.{lang}.meetings")
    table, names, abbreviations = series_table()
    partner_forms = partners(lang)
    partner_alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f, _ in partner_forms)
    alternatives: list[tuple[int, str, str]] = []
    group_series: dict[str, Series] = {}
    partner_groups: set[str] = set()
    for idx, (info, key) in enumerate(zip(table, names, strict=True)):
        for j, pattern in enumerate(names[key].get(lang, [])):
            group = f"s{idx}_{j}"
            group_series[group] = info
            if "{PARTNER}" in pattern:
                partner_groups.add(group)
            alternatives.append((idx, group, _expand(pattern, partner_alt, rules.MEETING)))
    # Priority: the order of series.yaml (specific before generic), then longer patterns first;
    # Python's alternation takes the first alternative that matches at a position.
    alternatives.sort(key=lambda a: (table[a[0]].descriptive, a[0], -len(a[2])))
    names_re = re.compile(
        r"(?<![\w-])(?:" + "|".join(f"(?P<{g}>{p})" for _, g, p in alternatives) + r")(?![\w])", re.IGNORECASE
    )
    name_parts = [(f"(?P<{g}>{p})", _first_chars(p)) for _, g, p in alternatives]
    abbr_series: dict[str, Series] = {}
    for info, key in zip(table, abbreviations, strict=True):
        for abbr in abbreviations[key]:
            abbr_series.setdefault(abbr, info)
    # Longest first; grouped by first character, each group opening with that plain character
    # and the word-start test after it ("(?<![\w-].)"): re then skips, in C, to the positions
    # holding one of those characters (where a leading lookbehind made it try every position).
    by_first: dict[str, list[str]] = {}
    for a in sorted(abbr_series, key=len, reverse=True):
        by_first.setdefault(a[0], []).append(re.escape(a[1:]).replace(r"\ ", r"\s+"))
    abbr_alt = "|".join(
        rf"{re.escape(first)}(?<![\w-].)(?:{'|'.join(rests)})" for first, rests in by_first.items()
    )
    abbr_re = re.compile(rf"(?P<abbr>{abbr_alt})(?:[- ]?(?P<num>\d{{1,3}})(?:st|nd|rd|th|e)?)?(?![\w+])")
    ordinal = _without_groups(rules.ORDINAL)
    ordinal_before = re.compile(
        rf"(?P<ords>(?:{ordinal})(?:{rules.ORDINAL_JOIN}(?:{ordinal}))*)\s+{rules.ORDINAL_BRIDGE}$",
        re.IGNORECASE,
    )
    partner_lists = [
        (
            re.compile(pattern.replace("{LIST}", _partner_list(partner_alt)), re.IGNORECASE),
            series_info(code),
        )
        for pattern, code in rules.PARTNER_LISTS
    ]
    return Grammar(
        rules=rules,
        names=names_re,
        name_parts=name_parts,
        name_dispatch={},
        name_masks=_Masks(name_parts),
        name_regexes={},
        group_series=group_series,
        partner_groups=frozenset(partner_groups),
        abbreviations=abbr_re,
        abbr_series=abbr_series,
        partner=re.compile(rf"(?<!\w)(?:{partner_alt})(?!\w)", re.IGNORECASE),
        partner_codes={f.casefold(): c for f, c in partner_forms},
        ordinal_before=ordinal_before,
        ordinal_number=re.compile(rules.ORDINAL, re.IGNORECASE),
        # "(AMM-57)", "(ARF)", "(SOM ASEAN+3)", "(M-ATM)": a number after "+" is part of the name.
        abbr_after=re.compile(r"^\s*\((?P<abbr>[A-Z][\w+ -]{0,20}?)(?:(?<!\+)[- ]?(?P<num>\d{1,3}))?\)"),
        post_before=re.compile(rules.POST_BEFORE, re.IGNORECASE),
        post_after=re.compile(rules.POST_AFTER, re.IGNORECASE),
        bilateral=re.compile(rules.BILATERAL),
        national=re.compile(rules.NATIONAL, re.IGNORECASE),
        partner_lists=partner_lists,  # type: ignore[arg-type]
        needs={
            "national": all_triggers(rules.NATIONAL),
            "bilateral": all_triggers(rules.BILATERAL),
            **{f"list{k}": all_triggers(rx.pattern) for k, (rx, _) in enumerate(partner_lists)},
        },
    )


# -- names: tried only at word starts, by their first three characters ---------------------------
_ASCII = [chr(i) for i in range(128)]
_DEPTH = 3  # characters looked at; enough to tell "ASEAN" from "as", "des" from "de"

Charset = frozenset[str] | None  # lowercase ASCII characters a position allows; None: any
Prefix = tuple[Charset, ...]


@cache
def _ascii_like(code: int) -> frozenset[str]:
    """The lowercase ASCII characters that one character matches, case ignored."""
    rx = re.compile(re.escape(chr(code)), re.IGNORECASE)
    return frozenset(x.lower() for x in _ASCII if rx.fullmatch(x))


def _charset(op: object, av: object) -> Charset:
    """What one parsed item can match, as lowercase ASCII characters (case always ignored: more
    than re allows is safe, less is not)."""
    c = _sre_constants
    if op is c.LITERAL:
        return _ascii_like(av)  # type: ignore[arg-type]
    if op is c.IN:
        out: set[str] = set()
        for o, a in av:  # type: ignore[attr-defined]
            if o is c.LITERAL:
                out |= _ascii_like(a)
            elif o is c.RANGE:
                cased = {x: (x, x.lower(), x.upper()) for x in _ASCII}
                out |= {x.lower() for x, forms in cased.items() if any(a[0] <= ord(y) <= a[1] for y in forms)}
            else:  # a category, a negation ...
                return None
        return frozenset(out)
    return None


def _concat(heads: set[Prefix], tails: set[Prefix] | None) -> set[Prefix] | None:
    if tails is None:
        return None
    out: set[Prefix] = set()
    for h in heads:
        if len(h) >= _DEPTH:
            out.add(h)
        else:
            out.update((h + t)[:_DEPTH] for t in tails)
    return out


def _prefixes(items: list[tuple[object, object]]) -> set[Prefix] | None:
    """The first `_DEPTH` characters a parsed sequence can match (shorter: it can end there);
    None where the sequence holds what this does not read."""
    out: set[Prefix] | None = {()}
    for op, av in items:
        if out is None or all(len(p) >= _DEPTH for p in out):
            break
        out = _concat(out, _item_prefixes(op, av))
    return out


def _item_prefixes(op: object, av: object) -> set[Prefix] | None:
    c = _sre_constants
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {()}  # zero width: no character (what it asserts is not used, which is safe)
    if op is c.SUBPATTERN:
        return _prefixes(list(av[-1]))  # type: ignore[index]
    if op is c.BRANCH:
        out: set[Prefix] = set()
        for alt in av[1]:  # type: ignore[index]
            found = _prefixes(list(alt))
            if found is None:
                return None
            out |= found
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo: int = av[0]  # type: ignore[index]
        hi: int = av[1]  # type: ignore[index]
        once = _prefixes(list(av[2]))  # type: ignore[index]
        if once is None:
            return None
        states: set[Prefix] = {()}
        out = set()
        for k in range(min(hi, lo + _DEPTH + 1) + 1):
            if k >= lo:
                out |= states
            states = _concat(states, once) or set()  # (not None: `once` is not)
        return out
    if op in (c.LITERAL, c.IN, c.ANY, c.NOT_LITERAL, c.CATEGORY):
        return {(_charset(op, av),)}
    return None


class _Masks:
    """Bit masks of the names (name_parts order) that a word's 2nd and 3rd characters allow."""

    def __init__(self, parts: list[tuple[str, frozenset[str] | None]]):
        self.first: dict[str, int] = {}
        self.complete = all(first is not None for _, first in parts)  # every name's first characters known
        self.any = [0] * _DEPTH  # names that allow any character at a position
        self.by_char: list[dict[str, int]] = [{} for _ in range(_DEPTH)]
        for j, (part, first) in enumerate(parts):
            for ch in first or ():
                self.first[ch] = self.first.get(ch, 0) | 1 << j
            found = _prefixes(list(_sre_parser.parse(part, re.IGNORECASE)))
            for i in range(1, _DEPTH):
                allowed: set[str] = set()
                for prefix in found or [()]:
                    at = prefix[i] if len(prefix) > i else None
                    if at is None:
                        self.any[i] |= 1 << j  # it may end before, or take anything there
                        break
                    allowed |= at
                else:
                    for ch in allowed:
                        self.by_char[i][ch] = self.by_char[i].get(ch, 0) | 1 << j
        # Word starts whose first character can start a name (the others are not even visited).
        chars = "".join(sorted(map(re.escape, self.first)))
        self.starts = re.compile(rf"(?<![\w-])(?=\w)[{chars}]", re.IGNORECASE)

    def at(self, text: str, p: int) -> int:
        """The names that can match at `p`, a word start."""
        mask = self.first.get(text[p].lower(), 0)
        for i in range(1, _DEPTH):
            if not mask:
                break
            ch = text[p + i] if p + i < len(text) else ""
            if ch and ch.isascii():
                mask &= self.any[i] | self.by_char[i].get(ch.lower(), 0)
            # (past the text's end, or a character beyond ASCII: no test, which is safe)
        return mask


def _name_matches(g: Grammar, text: str) -> list[re.Match[str]]:
    """What `g.names.finditer(text)` finds (the same matches, leftmost first), faster: only at
    word starts, with only the names that can start with the word's first three characters."""
    masks = g.name_masks
    if not masks.complete:
        return list(g.names.finditer(text))
    by_key = g.name_dispatch
    folded = _folded(text)
    out: list[re.Match[str]] = []
    pos = 0
    for start in masks.starts.finditer(text):
        p = start.start()
        if p < pos:
            continue  # inside the name found last
        key = text[p : p + _DEPTH]
        pair = by_key.get(key, _UNSET)
        if pair is _UNSET:
            pair = by_key[key] = _names_regex(g, masks.at(text, p))
        if pair is None:
            continue
        rx, twin = pair
        m = twin.match(folded, p) if twin is not None and folded is not None else rx.match(text, p)
        if m:
            out.append(m)
            pos = max(m.end(), p + 1)
    return out


def _names_regex(g: Grammar, mask: int) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """The alternation of the names in `mask`, in priority order, and its lowercase twin
    (compiled once per set)."""
    if mask not in g.name_regexes:
        parts = [part for j, (part, _) in enumerate(g.name_parts) if mask >> j & 1]
        rx = re.compile(r"(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE) if parts else None
        g.name_regexes[mask] = (rx, _twin(rx)) if rx is not None else None
    return g.name_regexes[mask]


_UNSET = (re.compile(""), None)  # sentinel: no regex compiled yet for this key


def _ordinals(g: Grammar, text: str) -> list[int]:
    out = []
    for m in g.ordinal_number.finditer(text):
        if m.group("num"):
            out.append(int(m.group("num")))
        elif m.group("word"):
            out.append(g.rules.ORDINAL_WORDS[m.group("word").lower()])
    return out


def _partner(g: Grammar, text: str) -> str | None:
    for m in g.partner.finditer(text):
        code = g.partner_codes.get(re.sub(r"\s+", " ", m.group(0)).casefold())
        if code:
            return code
    return None


@lru_cache(maxsize=4096)
def named_series(lang: str, text: str, pos: int | None = None) -> Series | None:
    """The series (row of series.yaml) whose name or abbreviation `text` gives: anywhere in it,
    or, with `pos`, right there ("... lors de l'ADMM Retreat" read at a caption's cue)."""
    if lang not in ("fr", "en"):
        return None
    g = grammar(lang)

    def find(rx: re.Pattern[str]) -> re.Match[str] | None:
        return rx.search(text) if pos is None else rx.match(text, pos)

    if m := find(g.names):
        return g.group_series.get(m.lastgroup or "")
    if a := find(g.abbreviations):
        return g.abbr_series.get(re.sub(r"\s+", " ", a.group("abbr")))
    return None


def mention_variant(lang: str, text: str) -> str | None:
    """The variant of series.yaml whose name or abbreviation a mention's text gives ("the ADMM
    Retreat": "retreat"), or None: what keeps two meetings of one series apart in an article."""
    info = named_series(lang, text)
    return info.variant if info else None


def _title_spans(article: Article) -> list[Span]:
    return [t.span for p in article.people for t in p.titles]


def find_meetings(article: Article) -> list[MeetingMention]:
    """Every named meeting in the article, in text order; one mention per ordinal."""
    if article.lang not in ("fr", "en"):
        return []
    g = grammar(article.lang)
    text = article.text
    titles = _title_spans(article)
    # start, end, series, ordinals, partners (one meeting each), text
    found: list[tuple[int, int, Series, list[int], list[str | None], str]] = []

    # The context regexes below run over the folded text where there is one (same offsets).
    folded = _folded(text)
    ordinal_before, before_in = on_folded(g.ordinal_before, text, folded)
    post_before, post_before_in = on_folded(g.post_before, text, folded)
    post_after, post_after_in = on_folded(g.post_after, text, folded)

    def is_post(start: int, end: int) -> bool:
        """A series name inside a post ("chef de SOM ASEAN Vietnam") names no meeting."""
        span = Span(start, end)
        if any(t.overlaps(span) for t in titles):
            return True
        return bool(post_before.search(post_before_in[max(0, start - 40) : start])) or bool(
            post_after.match(post_after_in[end : end + 30])
        )

    for m in _name_matches(g, text):
        info = g.group_series[m.lastgroup]
        start, end = m.start(), m.end()
        before = ordinal_before.search(before_in[max(0, start - 80) : start])
        ordinals = _ordinals(g, before.group("ords")) if before else []
        if before:
            start -= len(before.group(0))
        after = g.abbr_after.match(text[end : end + 30])
        if after:
            if after.group("num") and not ordinals:
                ordinals = [int(after.group("num"))]
            end += after.end()
        # Only a name that says a partner gives one ("ASEAN Plus Three (China, Japan ...)" does not).
        partner = _partner(g, text[m.start() : m.end()]) if m.lastgroup in g.partner_groups else None
        found.append((start, end, info, ordinals, [partner], text[start:end]))
    for m in g.abbreviations.finditer(text):
        info = g.abbr_series[re.sub(r"\s+", " ", m.group("abbr"))]
        before = ordinal_before.search(before_in[max(0, m.start() - 80) : m.start()])
        start = m.start()
        if m.group("num"):
            ordinals = [int(m.group("num"))]
        else:
            ordinals = _ordinals(g, before.group("ords")) if before else []
            if before:  # "the Third ADMM-Plus": the ordinal is part of the mention
                start -= len(before.group(0))
        found.append((start, m.end(), info, ordinals, [None], text[start : m.end()]))
    # A whole-text pattern runs only where the article holds the words it needs.
    for k, (pattern, info) in enumerate(g.partner_lists):
        rx, subject = on_folded(pattern, text, folded)
        for m in rx.finditer(subject) if _holds_all(g.needs[f"list{k}"], folded) else ():
            surface = text[m.start() : m.end()]
            codes = [_partner(g, p.group(0)) for p in g.partner.finditer(surface)]
            codes = list(dict.fromkeys(c for c in codes if c))
            if len(codes) >= 2:
                found.append((m.start(), m.end(), info, [], codes, surface))
    # Longest match wins where two overlap; names were found before abbreviations at a tie.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    mentions: list[MeetingMention] = []
    last_end = -1
    for start, end, info, ordinals, partners, surface in found:
        if start < last_end:
            continue
        last_end = end  # a post or a caption swallows what overlaps it too
        if is_post(start, end) or article.in_caption(Span(start, end)):
            continue
        if info.kind == "family":
            ordinals = []  # "ASEAN+3" names a family; its 3 is no ordinal
        for ordinal in ordinals or [None]:
            for partner in partners:
                mentions.append(
                    MeetingMention(
                        span=Span(start, end),
                        text=surface,
                        series=info.code,
                        kind=info.kind,
                        ordinal=ordinal if (info.numbered or ordinal is not None) else None,
                        partner=partner,
                        sentence=article.sentence_of(Span(start, end)),
                    )
                )
    taken = [m.span for m in mentions]
    for pattern, kind in ((g.national, "national"), (g.bilateral, "bilateral")):
        rx, subject = on_folded(pattern, text, folded)
        for m in rx.finditer(subject) if _holds_all(g.needs[kind], folded) else ():
            span = Span(m.start(), m.end())
            if any(span.overlaps(t) for t in taken) or article.in_caption(span):
                continue
            taken.append(span)
            mentions.append(
                MeetingMention(
                    span=span,
                    text=text[m.start() : m.end()],  # (m ran over the folded text)
                    series=None,
                    kind=kind,
                    sentence=article.sentence_of(span),
                )
            )
    mentions.sort(key=lambda mm: (mm.span.start, mm.ordinal or 0))
    return mentions
