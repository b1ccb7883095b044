"""Places: gazetteer matching of cities, venues and provinces, plus per-language phrase rules.

The text is folded character by character (lower case, accents removed, ’ -> ', dashes -> -)
into a string of the same length, so one compiled alternation built from the folded gazetteer
finds "Hanoï", "Ha Noi" and "HANOI" alike while spans still point into the original text.
Proper names must start with a capital in the original; all-capital forms ("LICC") must match
exactly. Phrase rules (rules/<lang>/places.py) add what the gazetteer cannot know: "la capitale
laotienne", "province de X", "au Nord du Laos", "in Laos".
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from types import ModuleType

from chancery import knowledge as kb
from chancery.document import Article, PlaceMention, Span
from chancery.extract.alternation import Needs, by_first_char, may_match, required_literals

_DASHES = {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-"}
_QUOTES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"}
_SPACES = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\t": " ", "\n": " ", "\r": " "}


@cache
def _fold_char(c: str) -> str:
    if c in _DASHES:
        return _DASHES[c]
    if c in _QUOTES:
        return _QUOTES[c]
    if c in _SPACES:
        return _SPACES[c]
    if c in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", c)[0]
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict[int, str]):
    """str.translate's table for `_fold_char`, filled on first sight of each character."""

    def __missing__(self, cp: int) -> str:
        self[cp] = folded = _fold_char(chr(cp))
        return folded


_FOLD_TABLE = _FoldTable()


def fold_keep_length(text: str) -> str:
    """Fold for matching, one character for one character (spans stay valid)."""
    # the same as "".join(map(_fold_char, text)), in C
    folded = _fold_latin1(text)
    return folded if folded is not None else text.translate(_FOLD_TABLE)


_BEYOND_LATIN1 = re.compile(r"[^\x00-\xff]+")


@cache
def _latin1_table() -> bytes:
    """bytes.translate's table for `_fold_char` over Latin-1 (each folds to a Latin-1 character)."""
    return bytes(ord(_fold_char(chr(b))) for b in range(256))


class _NotLatin1(Exception):
    pass


def _fold_run(m: re.Match[str]) -> str:
    run = m.group()
    folded = run.translate(_FOLD_TABLE)
    if folded.translate(_FOLD_TABLE) != folded:
        raise _NotLatin1  # folded again below, it would change
    return folded


def _fold_latin1(text: str) -> str | None:
    """The fold through bytes (a table lookup per byte, several times faster than str.translate's
    lookup per character): the few characters beyond Latin-1 (’ – or Vietnamese letters) are
    folded first, then the whole text as Latin-1 bytes. None when a character beyond Latin-1
    folds to one beyond it too, or to one that folds again (then str.translate is right)."""
    try:
        latin1 = _BEYOND_LATIN1.sub(_fold_run, text).encode("latin-1")
    except (_NotLatin1, UnicodeEncodeError):
        return None
    return latin1.translate(_latin1_table()).decode("latin-1")


@lru_cache(maxsize=4)
def folded_text(text: str) -> str:
    """`fold_keep_length` of a text, kept for the last few texts: places fold each article's text
    first, facts fold it again last (see facts._folded), with datelines folded in between."""
    return fold_keep_length(text)


def _pattern_of(form: str) -> str:
    """A folded gazetteer form as a regex: spaces and hyphens interchangeable, dots optional."""
    folded = fold_keep_length(form.strip())
    parts = re.split(r"[\s-]+", folded)
    return r"[\s-]+".join(re.escape(p).replace(r"\.", r"\.?") for p in parts if p)


def _alternation(forms: list[str]) -> str:
    uniq = sorted({_pattern_of(f) for f in forms if f.strip()}, key=lambda p: (-len(p), p))
    return by_first_char(uniq)


@dataclass(frozen=True)
class _Entry:
    kind: str  # city | venue | province
    city: str | None
    country: str | None
    abbr: bool  # all capitals: match case-sensitively
    name: str
    lower_ok: bool = False  # the form itself starts in lower case ("île de Jeju")


@dataclass(frozen=True)
class _Gazetteer:
    regex: re.Pattern[str]
    entries: dict[str, list[_Entry]]  # folded form (spaces normalised) -> candidates, best first


def _key(folded: str) -> str:
    return " ".join(re.split(r"[\s\-.]+", folded)).strip()


# Provinces whose bare name is too often something else (a person, a queen).
_BARE_PROVINCE_STOP = {"victoria"}


@cache
def _gazetteer() -> _Gazetteer:
    entries: dict[str, list[_Entry]] = {}

    def add(form: str, entry: _Entry) -> None:
        k = _key(fold_keep_length(form))
        if k:
            entries.setdefault(k, []).append(entry)

    for v in kb.venues():
        for form in (v.name, *v.aliases):
            add(form, _Entry("venue", v.city, v.country, kb._is_abbr(form), v.name, form[:1].islower()))
    for c in kb.cities():
        for form in (c.name, *c.aliases):
            add(form, _Entry("city", c.name, c.country, kb._is_abbr(form), c.name, form[:1].islower()))
    for p in kb.provinces():
        for form in (p.name, *p.aliases):
            if _key(fold_keep_length(form)) in _BARE_PROVINCE_STOP:
                continue
            add(form, _Entry("province", None, p.country, kb._is_abbr(form), p.name, form[:1].islower()))
    forms = list(entries)
    regex = re.compile(r"(?<![\w-])" + _alternation(forms) + r"(?![\w-])")
    return _Gazetteer(regex, entries)


# (kind, pattern, the literals its every match contains: see alternation.required_literals)
_Rule = tuple[str, re.Pattern[str], Needs]


def _rule(kind: str, pattern: str) -> _Rule:
    return kind, re.compile(pattern), required_literals(pattern)


def _may_match(rule: _Rule, text: str) -> bool:
    """False when the text lacks the rule's required literals (a scan in C, no regex)."""
    return may_match(rule[2], text)


@dataclass(frozen=True)
class _Rules:
    folded: list[_Rule]
    raw: list[_Rule]
    skip_before: re.Pattern[str]
    skip_after: re.Pattern[str]
    not_place_before: re.Pattern[str]


def rules_module(lang: str) -> ModuleType:
    return importlib.import_module(f"chancery.rules.{lang if lang in ('fr', 'en') else 'en'}.places")


@cache
def _rules(lang: str) -> _Rules:
    mod = rules_module(lang)
    # Names and adjectives only (possessives are spelt out by the rules); capitals-only forms
    # ("US", "UE") cannot be matched on folded text, so they are left out.
    names: list[str] = []
    adjs: list[str] = []
    for entry in kb._country_data().values():
        block = entry.get(mod.LANG) or {}
        names += [n for n in block.get("names") or [] if not kb._is_abbr(n)]
        adjs += [a for key in ("adjectives", "demonyms") for a in block.get(key) or [] if not kb._is_abbr(a)]
    fills = {
        "ADJ": _alternation(adjs),
        "COUNTRY": _alternation(names),
        "PROVINCE": _alternation([f for p in kb.provinces() for f in (p.name, *p.aliases)]),
    }

    def fill(pattern: str) -> str:
        for key, value in fills.items():
            pattern = pattern.replace("{" + key + "}", value)
        return pattern

    return _Rules(
        folded=[_rule(kind, fill(p)) for kind, p in mod.FOLDED],
        raw=[_rule(kind, p) for kind, p in mod.RAW],
        skip_before=re.compile(mod.SKIP_BEFORE),
        skip_after=re.compile(mod.SKIP_AFTER),
        not_place_before=re.compile(getattr(mod, "NOT_PLACE_BEFORE", r"(?!)")),
    )


@dataclass
class _Candidate:
    mention: PlaceMention
    priority: int  # higher wins overlaps: phrase rules > gazetteer > guesses


def _cand(
    text: str, start: int, end: int, city: str | None, country: str | None, kind: str, priority: int
) -> _Candidate:
    return _Candidate(PlaceMention(Span(start, end), text[start:end], city, country, kind), priority)  # type: ignore[arg-type]


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
                   if not unicodedata.combining(c))


def _gazetteer_candidates(text: str, folded: str, rules: _Rules) -> list[_Candidate]:
    gz = _gazetteer()
    out: list[_Candidate] = []
    for m in gz.regex.finditer(folded):
        surface = text[m.start() : m.end()]
        options = gz.entries.get(_key(m.group(0)), [])
        words = [e for e in options if not e.abbr]
        if words:
            entry = words[0]
            if not (surface[0].isupper() or entry.lower_ok):
                continue  # proper names start with a capital: "hue" is not Hue
        elif options and surface.upper() == surface:
            entry = options[0]  # an abbreviation ("LICC") only in capitals
        else:
            continue
        before = folded[max(0, m.start() - 40) : m.start()]
        after = folded[m.end() : m.end() + 30]
        if entry.kind in ("city", "province") and (
            rules.skip_before.search(before) or rules.skip_after.search(after)
        ):
            continue
        if entry.kind == "province" and _key(m.group(0)) in _BARE_PROVINCE_STOP:
            continue
        out.append(_cand(text, m.start(), m.end(), entry.city, entry.country, entry.kind, 1))
    return out


def _span_group(m: re.Match[str]) -> tuple[int, int]:
    if "m" in m.re.groupindex and m.group("m") is not None:
        return m.span("m")
    return m.span()


def _rule_candidates(text: str, folded: str, rules: _Rules) -> list[_Candidate]:
    out: list[_Candidate] = []
    for rule in rules.folded:
        if not _may_match(rule, folded):
            continue
        kind, rx, _ = rule
        for m in rx.finditer(folded):
            start, end = _span_group(m)
            surface = text[start:end]
            groups = m.groupdict()
            code = None
            if groups.get("adj"):
                code = kb.country_code(text[m.start("adj") : m.end("adj")])
            if groups.get("cname"):
                code = kb.country_code(text[m.start("cname") : m.end("cname")])
            if kind == "capital":
                cap = kb.capital(code) if code else None
                if cap is None:
                    continue
                out.append(_cand(text, start, end, cap.name, cap.country, "city", 3))
            elif kind == "province":
                prov = kb.province(text[m.start("prov") : m.end("prov")])
                if prov is None:
                    continue
                # A province named like its seat ("province de Luang Prabang"): the meeting's city is
                # that seat as far as a record without provinces can say.
                seat = prov.seat if prov.seat and kb.fold(prov.seat) == kb.fold(prov.name) else None
                out.append(_cand(text, start, end, seat, prov.country, "province", 3))
            elif kind in ("region", "country"):
                if code is None:
                    continue
                if kind == "country" and kb.city(surface):  # "à Singapour": the city wins
                    continue
                before = folded[max(0, m.start() - 30) : m.start()]
                if kind == "country" and rules.not_place_before.search(before):
                    continue
                out.append(_cand(text, start, end, None, code, kind, 2))
    for rule in rules.raw:
        if not _may_match(rule, text):
            continue
        kind, rx, _ = rule
        for m in rx.finditer(text):
            groups = m.groupdict()
            if kind == "city":
                name = groups.get("name")
                if not name:
                    continue
                # strip trailing words that the gazetteer or the sentence own ("Semarang Mayor")
                start, end = m.span("name")
                if kb.city(name) or kb.province(name):
                    continue  # the gazetteer has it, with its country
                code = kb.country_code(groups["adj"]) if groups.get("adj") else None
                out.append(_cand(text, start, end, _ascii(name), code, "city", 0))
            elif kind == "venue":
                start, end = _span_group(m)
                out.append(_cand(text, start, end, None, None, "venue", 0))
    return out


def _resolve_overlaps(cands: list[_Candidate]) -> list[PlaceMention]:
    kept: list[PlaceMention] = []
    for c in sorted(cands, key=lambda c: (-c.priority, -len(c.mention.span), c.mention.span.start)):
        if any(c.mention.span.overlaps(k.span) for k in kept):
            continue
        kept.append(c.mention)
    return sorted(kept, key=lambda p: p.span.start)


def _venue_places(mentions: list[PlaceMention], folded: str) -> None:
    """A venue without a city takes the city named just after it ("... in Vientiane",
    "... de Vientiane") or just before it ("Vientiane's National Convention Centre")."""
    for i, v in enumerate(mentions):
        if v.kind != "venue" or v.city is not None:
            continue
        for other in mentions[i + 1 :]:
            gap = folded[v.span.end : other.span.start]
            if len(gap) > 25 or re.search(r"[.;]", gap):
                break
            if other.city and other.kind in ("city", "province"):
                v.city, v.country = other.city, other.country
                break
            if other.kind == "country":
                v.country = other.country
                break
        if v.city is None and i > 0:
            prev = mentions[i - 1]
            gap = folded[prev.span.end : v.span.start]
            if prev.kind == "city" and re.fullmatch(r"(?:'s?)? ?(?:the )?", gap):
                v.city, v.country = prev.city, prev.country
        if v.country is None:
            # "Centre national des congrès du Laos"
            tail = folded[v.span.end : v.span.end + 40]
            m = re.match(r"\s*(?:du|de la|de l'|des|d'|of|in)\s+(?:the\s+)?([\w' -]{3,30})", tail)
            if m:
                for n in range(len(m.group(1).split()), 0, -1):
                    code = kb.country_code(" ".join(m.group(1).split()[:n]))
                    if code:
                        v.country = code
                        break


def find_places_in(text: str, lang: str) -> list[PlaceMention]:
    """Every place mention of `text` (FR or EN rules), spans into `text`."""
    rules = _rules(lang)
    folded = folded_text(text)
    cands = _gazetteer_candidates(text, folded, rules) + _rule_candidates(text, folded, rules)
    mentions = _resolve_overlaps(cands)
    _venue_places(mentions, folded)
    return mentions


def find_places(article: Article) -> list[PlaceMention]:
    """Place mentions of an article's clean text (cities, provinces, countries as places, venues)."""
    return find_places_in(article.text, article.lang)


def resolve_place(text: str | None) -> tuple[str | None, str | None]:
    """(city, country) for a dateline place: "Hanoï" -> ("Hanoi", "VN"); "Khanh Hoa" -> (None, "VN")."""
    if not text:
        return None, None
    cleaned = re.sub(r"\([^)]*\)", " ", text).strip(" -–—,.:")
    parts = [p.strip() for p in re.split(r"[,/]", cleaned) if p.strip()] or [cleaned]
    for part in parts:
        c = kb.city(part)
        if c:
            return c.name, c.country
    for part in parts:
        p = kb.province(part)
        if p:
            return None, p.country
    for part in parts:
        code = kb.country_code(part)
        if code:
            return None, code
    # a longer phrase: take the first known place in it
    for lang in ("fr", "en"):
        for m in find_places_in(cleaned, lang):
            if m.city or m.country:
                return m.city, m.country
    return None, None
