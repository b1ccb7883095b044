"""Other facts: the ASEAN chair of the year, meeting themes, counts, documents cited.

Language-neutral engine over the rules of rules/<lang>/facts.py and the document gazetteer of
knowledge/data/documents.yaml. Four small finders, each returning `Fact`s whose spans point
into `Article.text`:

- chair     "le Laos pour sa présidence de l'ASEAN en 2024" -> Fact("chair", "LA", year=2024)
- theme     "sous le thème « ASEAN : ... »"                 -> Fact("theme", "ASEAN : ...")
- count     "Près de 80 représentants"                        -> Fact("count", "près de 80 représentants")
- document  "la Vision de la Communauté de l'ASEAN 2045"      -> "ASEAN Community Vision 2045"

Captions and boilerplate are skipped; within a kind, one Fact per distinct value (first mention).
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from chancery import knowledge as kb
from chancery.document import Article, Fact, Span
from chancery.extract.alternation import (
    Needs,
    by_first_char,
    dispatch,
    first_chars,
    may_match,
    required_literals,
)
from chancery.extract.places import _fold_char as places_fold_char
from chancery.extract.places import folded_text as places_folded_text

YEAR = r"(?:19|20)\d\d"
_YEAR_RE = re.compile(r"\b" + YEAR + r"\b")

# --- folding that keeps length (spans stay valid) --------------------------------------------

_FOLD_EXTRA = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u2010": "-", "\u2011": "-", "\u2012": "-",
    "\u2013": "-", "\u2014": "-", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\n": " ", "\t": " ",
    "đ": "d", "Đ": "d",
}  # fmt: skip


@cache
def _fold_table() -> dict[int, str]:
    """One character for one character over Latin, Latin Extended and Vietnamese letters."""
    table: dict[int, str] = {}
    for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        c = chr(cp)
        base = unicodedata.normalize("NFD", c)[0].lower()
        if len(base) == 1 and base != c:
            table[cp] = base
    for k, v in _FOLD_EXTRA.items():
        table[ord(k)] = v
    return table


def fold_keep_length(text: str) -> str:
    return text.translate(_fold_table())


@cache
def _fold_differs() -> re.Pattern[str]:
    """The characters that the places' fold maps otherwise (Greek and Cyrillic capitals, "\r",
    the minus sign...): those of the Basic Multilingual Plane, and all beyond it, unchecked."""
    table = _fold_table()
    # uncached: the places' caches would keep an entry for every character of the plane
    places_fold = places_fold_char.__wrapped__
    odd = [c for c in map(chr, range(0x10000)) if places_fold(c) != table.get(ord(c), c)]
    return re.compile("[" + "".join(map(re.escape, odd)) + "\U00010000-\U0010ffff]")


def _folded(text: str) -> str:
    """`fold_keep_length(text)`, taken from the places' fold of the article where both agree.

    Why: places have folded the same text (and kept it); where no character of the text folds
    differently in the two, the two folded texts are the same, and a scan for those characters
    costs far less than folding again.
    """
    if _fold_differs().search(text) is None:
        return places_folded_text(text)
    return fold_keep_length(text)


# --- rules -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    """A compiled pattern and the literals its every match contains (see
    alternation.required_literals): where they are not written, the pattern is not run."""

    rx: re.Pattern[str]
    need: Needs


def _rule(pattern: str) -> _Rule:
    return _Rule(re.compile(pattern), required_literals(pattern))


@dataclass(frozen=True)
class _Rules:
    lang: str
    country: re.Pattern[str]  # any country form of the language, case-sensitive
    chair_cue: re.Pattern[str]
    chair: tuple[tuple[_Rule, bool], ...]  # (pattern, has its own country group)
    theme: tuple[_Rule, ...]
    count: re.Pattern[str]
    number_words: dict[str, int]
    collectives: dict[str, int | None]
    document_cue: re.Pattern[str]  # without the word boundary before it, checked in Python
    documents: tuple[_Rule, ...]


def rules_module(lang: str) -> ModuleType:
    return importlib.import_module(f"chancery.rules.{lang}.facts")


def _country_alternation(lang: str) -> str:
    terms = [re.escape(t).replace(r"\ ", r"\s+").replace("'", "['’]") for t, _ in kb.country_terms(lang)]
    return by_first_char(terms)


def _fill(pattern: str, country: str) -> str:
    return pattern.replace("{COUNTRY}", country).replace("{YEAR}", YEAR)


@cache
def _rules(lang: str) -> _Rules:
    mod = rules_module(lang)
    country = _country_alternation(lang)
    pieces = sorted(((w, re.escape(w)) for w in mod.NUMBER_WORDS), key=lambda p: len(p[1]), reverse=True)
    # grouped by first letter: the count pattern is tried after every space, and re enters each
    # case-insensitive branch of a flat alternation there
    words = dispatch(pieces, ignore_case=True) or "(?i:" + "|".join(p for _, p in pieces) + ")"
    number = r"\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?!\d)|\d+"
    count = (
        rf"(?:(?P<approx>{mod.APPROX})\s)?"
        rf"(?:(?:(?P<num>{number})|(?P<word>{words}))[ \u00a0]|{mod.COLLECTIVE})"
        rf"(?:{mod.MODIFIERS}[ -]){{0,2}}(?P<noun>{mod.NOUNS})\b"
    )
    # tried after every space: one class test of its first characters before its alternatives
    first = first_chars(count)
    count = r"(?<![\w°./,-])" + (f"(?={first})" if first else "") + count
    return _Rules(
        lang=lang,
        country=re.compile(r"(?<![\w-])" + country + r"(?![\w-])"),
        chair_cue=re.compile(mod.CHAIR_CUE),
        chair=tuple((_rule(_fill(p, country)), "(?P<c>" in p) for p in mod.CHAIR),
        theme=tuple(_rule(_fill(p, country)) for p in mod.THEME),
        count=re.compile(count),
        number_words={k.casefold(): v for k, v in mod.NUMBER_WORDS.items()},
        collectives=dict(mod.COLLECTIVE_VALUES),
        # no leading \b: it would defeat the engine's first-character scan (see _windows)
        document_cue=re.compile(r"(?:" + mod.DOCUMENT_CUE + r")"),
        documents=tuple(_rule(_fill(p, country)) for p in mod.DOCUMENTS),
    )


# --- helpers ---------------------------------------------------------------------------------


def _skipped(article: Article, span: Span) -> bool:
    """Captions and boilerplate are not the article's own statements."""
    return article.in_caption(span) or any(b.overlaps(span) for b in article.boilerplate)


def _sentence_span(article: Article, pos: int) -> Span:
    for s in article.sentences:
        if s.start <= pos < s.end:
            return s
    # no segmentation: the text since the last sentence end
    start = max(article.text.rfind(". ", 0, pos), article.text.rfind("\n", 0, pos)) + 1
    return Span(start, pos)


def _windows(
    text: str, cue: re.Pattern[str], before: int, after: int, word_start: bool = False
) -> list[tuple[int, int]]:
    """Merged [lo, hi) ranges around each cue: long patterns run only where they can match.

    `word_start`: only cues that start a word count (what a leading word boundary says, without its
    cost; a cue inside a word hides no other, since a cue of letters starts after no letter).
    """
    out: list[tuple[int, int]] = []
    for m in cue.finditer(text):
        if word_start and _word_before(text, m.start()):
            continue
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _word_before(text: str, start: int) -> bool:
    """A word character (what re's backslash-w matches) just before `start`."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")


def _finditer(rule: _Rule, text: str, windows: list[tuple[int, int]]) -> Iterable[re.Match[str]]:
    for lo, hi in windows:
        if may_match(rule.need, text, lo, hi):
            yield from rule.rx.finditer(text, lo, hi)


def _first_group(m: re.Match[str], *names: str) -> str | None:
    d = m.groupdict()
    for n in names:
        if d.get(n):
            return d[n]
    return None


def _dedupe(facts: Iterable[Fact], key=lambda f: (f.value, f.year)) -> list[Fact]:  # type: ignore[no-untyped-def]
    """First mention of each distinct value; never two overlapping spans."""
    out: list[Fact] = []
    seen: set[object] = set()
    for f in sorted(facts, key=lambda f: (f.span.start, -len(f.span))):
        k = key(f)
        if k in seen or any(o.span.overlaps(f.span) for o in out):
            continue
        seen.add(k)
        out.append(f)
    return out


# --- chair -----------------------------------------------------------------------------------


def _chair_year(code: str, reference: int | None) -> int | None:
    """The year implied: the reference year, or the one next to it whose chair is `code`."""
    if reference is None:
        return None
    for y in (reference, reference + 1, reference - 1):
        if kb.chair(y) == code:
            return y
    return reference


def _countries_before(article: Article, rules: _Rules, pos: int) -> list[str]:
    """ASEAN members named in the sentence before `pos`, nearest first."""
    sent = _sentence_span(article, pos)
    out = []
    for m in rules.country.finditer(article.text, sent.start, pos):
        code = kb.country_code(m.group(0), rules.lang)
        if code in kb.ASEAN_MEMBERS:
            out.append(code)
    return out[::-1]


def find_chairs(article: Article, rules: _Rules | None = None) -> list[Fact]:
    rules = rules or _rules(article.lang)
    text = article.text
    found: list[Fact] = []
    windows = _windows(text, rules.chair_cue, 200, 200)  # the longest pattern spans ~150 characters
    for rule, own_country in rules.chair:
        for m in _finditer(rule, text, windows):
            span = Span(m.start(), m.end())
            if _skipped(article, span) or any(f.span.overlaps(span) for f in found):
                continue
            written = _first_group(m, "y", "y2")
            if written is None:
                y = _YEAR_RE.search(m.group(0))
                written = y.group(0) if y else None
            year = int(written) if written else None
            if own_country:
                code = kb.country_code(m.group("c"), rules.lang)
                candidates = [code] if code in kb.ASEAN_MEMBERS else []
            else:
                # "sa présidence", "its chairmanship": the nearest member named before; when the
                # year is written, prefer one the chairs table agrees with
                candidates = _countries_before(article, rules, m.start())
                if year is not None and kb.chair(year) in candidates:
                    candidates = [kb.chair(year)]  # type: ignore[list-item]
                elif year is not None and kb.chair(year) is not None:
                    candidates = []  # the text's pronoun points to a country that was not the chair
                else:
                    candidates = candidates[:1]
            if not candidates or candidates[0] is None:
                continue
            code = candidates[0]
            if year is None:
                year = _chair_year(code, article.reference_year)
            found.append(Fact("chair", code, span, year=year, country=code))
    return _dedupe(found)


# --- theme -----------------------------------------------------------------------------------


def find_themes(article: Article, chairs: list[Fact], rules: _Rules | None = None) -> list[Fact]:
    rules = rules or _rules(article.lang)
    found: list[Fact] = []
    for rule in rules.theme:
        if not may_match(rule.need, article.text):
            continue
        for m in rule.rx.finditer(article.text):
            value = " ".join(m.group("v").split())
            span = Span(m.start("v"), m.end("v"))
            if len(value) < 3 or _skipped(article, span):
                continue
            year: int | None = None
            country: str | None = None
            sent = _sentence_span(article, m.start())
            lead = m.group(0)[: m.start("v") - m.start()]
            y = _YEAR_RE.search(lead)  # "the theme of ASEAN 2025 is ..."
            same = [c for c in chairs if sent.start <= c.span.start < max(sent.end, m.end())]
            before = [c for c in chairs if c.span.start < m.start()]
            if y:
                year = int(y.group(0))
                country = next((c.country for c in chairs if c.year == year), None)
            elif same or before or chairs:
                # the chairmanship the sentence names, else the last one named, else the first
                chosen = (same or before[-1:] or chairs)[0]
                year, country = chosen.year, chosen.country
            else:
                year = article.reference_year
            found.append(Fact("theme", value, span, year=year, country=country))
    return _dedupe(found, key=lambda f: kb.fold(f.value))


# --- count -----------------------------------------------------------------------------------


def _count_value(m: re.Match[str], rules: _Rules) -> tuple[str, int | None] | None:
    phrase = " ".join(m.group(0).replace("\u00a0", " ").replace("\u202f", " ").split())
    if len(phrase) > 1 and phrase[0].isupper() and phrase[1].islower():
        phrase = phrase[0].lower() + phrase[1:]  # "Près de 80 ..." at a sentence start
    approx = m.group("approx")
    if m.group("num"):
        n = int(re.sub(r"\D", "", m.group("num")))
        if not approx and (n < 3 or (1900 <= n <= 2100 and len(m.group("num")) == 4)):
            return None  # "2 ministres" says little; "2024 activities" is a year
        return phrase, n
    if m.group("word"):
        n = rules.number_words.get(" ".join(m.group("word").casefold().split()))
    else:
        n = rules.collectives.get(m.group("coll").casefold())
    return (phrase if n is None else f"{phrase} (≈{n})"), n


def find_counts(article: Article, rules: _Rules | None = None) -> list[Fact]:
    rules = rules or _rules(article.lang)
    found: list[Fact] = []
    for m in rules.count.finditer(article.text):
        span = Span(m.start(), m.end())
        if _skipped(article, span):
            continue
        got = _count_value(m, rules)
        if got is not None:
            found.append(Fact("count", got[0], span))
    return _dedupe(found, key=lambda f: f.value.casefold())


# --- documents -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Gazetteer:
    names: re.Pattern[str]  # folded names, one alternation
    values: dict[str, str]  # normalised folded name -> canonical value
    abbrs: re.Pattern[str] | None  # case-sensitive abbreviations, on the original text
    abbr_values: dict[str, str]
    regexes: tuple[tuple[re.Pattern[str], str], ...]


def _name_key(folded: str) -> str:
    return " ".join(re.split(r"[\s'\-.]+", folded)).strip()


def _name_pattern(name: str) -> str:
    parts = [p for p in re.split(r"[\s'\-.]+", fold_keep_length(name.strip())) if p]
    return r"(?:[\s'\-.]\s?)?".join(re.escape(p) for p in parts)


@cache
def _gazetteer(lang: str) -> _Gazetteer:
    entries = kb._load("documents.yaml")["documents"]
    values: dict[str, str] = {}
    forms: list[str] = []
    abbr_values: dict[str, str] = {}
    regexes: list[tuple[re.Pattern[str], str]] = []
    for e in entries:
        value = str(e["value"])
        for name in [value, *(e.get("en") or []), *(e.get("fr") or [])]:
            values.setdefault(_name_key(fold_keep_length(str(name))), value)
            forms.append(_name_pattern(str(name)))
        for a in e.get("abbr") or []:
            abbr_values[str(a)] = value
        for rx in e.get("regex") or []:
            regexes.append((re.compile(r"(?:" + rx + r")(?![\w-])"), value))
    forms = sorted(set(forms), key=len, reverse=True)
    abbrs = sorted(abbr_values, key=len, reverse=True)
    return _Gazetteer(
        # no leading lookbehind: it would defeat the engine's first-character scan (checked in Python)
        names=re.compile(by_first_char(forms) + r"(?![\w-])"),
        values=values,
        abbrs=re.compile(r"(?:" + "|".join(map(re.escape, abbrs)) + r")(?![\w-])") if abbrs else None,
        abbr_values=abbr_values,
        regexes=tuple(regexes),
    )


_EN_LEAD = re.compile(
    r"^(?:(?:The|In|On|At|During|Under|With|By|For|As|From|To|After|Before|Following|Regarding|And|But|"
    r"While|If|When|Its|Their|His|Her|This|That|These|Those|A|An)\s+)+"
)
_TRAIL = re.compile(
    r"(?:\s+(?:of|on|the|and|for|in|to|between|at|with|de|du|des|la|le|les|et|en|sur|à|pour)|\s+[ld]['’]"
    r"|[\s,;:.'’-])+$"
)
_DOC_DATE_YEAR = re.compile(r"^\s*(?:du|of|dated)\s+[^,.;]{0,25}?\b(" + YEAR + r")\b")


def _glued(text: str, start: int) -> bool:
    """A match inside a word. Checked here, not by a lookbehind that would slow every search."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_-")


def _gazetteer_hits(article: Article) -> list[Fact]:
    gaz = _gazetteer(article.lang)
    text = article.text
    folded = _folded(text)
    hits: list[Fact] = []
    for m in gaz.names.finditer(folded):
        if _glued(folded, m.start()):
            continue
        if not text[m.start()].isupper():
            continue  # a title starts with a capital: "Code de conduite", not "un code de conduite"
        value = gaz.values.get(_name_key(m.group(0)))
        if value:
            hits.append(Fact("document", value, Span(m.start(), m.end())))
    for rx, value in gaz.regexes:
        for m in rx.finditer(folded):
            if not _glued(folded, m.start()):
                hits.append(Fact("document", value, Span(m.start(), m.end())))
    if gaz.abbrs is not None:
        for m in gaz.abbrs.finditer(text):
            if not _glued(text, m.start()):
                hits.append(Fact("document", gaz.abbr_values[m.group(0)], Span(m.start(), m.end())))
    return hits


def find_documents(article: Article, rules: _Rules | None = None) -> list[Fact]:
    rules = rules or _rules(article.lang)
    text = article.text
    known = [f for f in _gazetteer_hits(article) if not _skipped(article, f.span)]
    found: list[Fact] = list(known)
    windows = _windows(text, rules.document_cue, 200, 250, word_start=True)
    for rule in rules.documents:
        for m in _finditer(rule, text, windows):
            start, end = m.start("name"), m.end("name")
            name = text[start:end]
            lead = _EN_LEAD.match(name)
            if lead:
                start += lead.end()
            trail = _TRAIL.search(text, start, end)
            if trail:
                end = trail.start()
            name = " ".join(text[start:end].split())
            span = Span(start, end)
            if len(name.split()) < 2 or _skipped(article, span) or any(k.span.overlaps(span) for k in known):
                continue
            written = m.groupdict().get("year")
            if written is None:
                y = _DOC_DATE_YEAR.match(text, end)
                written = y.group(1) if y else None
            found.append(Fact("document", name, span, year=int(written) if written else None))
    return _dedupe(found, key=lambda f: kb.fold(f.value))


# --- the component ---------------------------------------------------------------------------


def find_facts(article: Article) -> list[Fact]:
    """Chair, theme, count and document facts of one article, in text order within each kind."""
    if article.lang not in ("fr", "en"):
        return []
    rules = _rules(article.lang)
    chairs = find_chairs(article, rules)
    themes = find_themes(article, chairs, rules)
    return chairs + themes + find_counts(article, rules) + find_documents(article, rules)
