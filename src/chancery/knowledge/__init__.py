"""ASEAN knowledge: countries, cities, chairs, numbered meetings and well-known officials.

Everything is read from `data/*.yaml` once, lazily (functools.cache), so importing this module
costs nothing. Lookups fold case, accents, hyphens and apostrophes the way the scorer does.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import pycountry
import yaml

DATA = Path(__file__).parent / "data"

ASEAN_MEMBERS = frozenset({"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"})


@dataclass(frozen=True)
class City:
    name: str  # English exonym without diacritics: "Hanoi"
    country: str  # ISO 3166-1 alpha-2
    aliases: tuple[str, ...]
    province: str | None = None
    capital: bool = False


@dataclass(frozen=True)
class Province:
    name: str  # "Khanh Hoa", "Central Java"
    country: str
    aliases: tuple[str, ...]
    seat: str | None = None  # the provincial capital, a City name


@dataclass(frozen=True)
class Venue:
    name: str  # "National Convention Centre"
    city: str | None
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class KnownMeeting:
    series: str
    ordinal: int | None
    start: str | None
    end: str | None
    city: str | None
    country: str | None
    sector: str | None = None  # for series that gather several bodies (sectors.yaml)


@dataclass(frozen=True)
class KnownPerson:
    name: str
    aliases: tuple[str, ...]
    country: str | None
    # (title in English, from YYYY(-MM), to YYYY(-MM) or None: still in post, or not known)
    posts: tuple[tuple[str, str | None, str | None], ...]


def fold(text: str | None) -> str:
    """Case, accents (đ -> d), hyphens, apostrophes and spacing folded away (as score.py does)."""
    if text is None:
        return ""
    return _fold(str(text))


_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    # Cached: extraction folds the same names and words many times per article.
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_NON_WORD.sub(" ", text).split())


@cache
def _load(name: str) -> Any:
    with open(DATA / name, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


# --- countries -----------------------------------------------------------------------------


def _is_abbr(term: str) -> bool:
    """"US", "UE", "U.S.", "RDPC": written in capitals, matched case-sensitively ("us" is a pronoun)."""
    letters = [c for c in term if c.isalpha()]
    return len(letters) <= 5 and all(c.isupper() for c in letters) and " " not in term


@cache
def _country_data() -> dict[str, dict[str, Any]]:
    return _load("countries.yaml")


@cache
def _english_possessives(code: str) -> tuple[str, ...]:
    names = _country_data()[code].get("en", {}).get("names", [])
    return tuple(f"{n}'s" for n in names if not _is_abbr(n) and not n.endswith("s")) + tuple(
        f"{n}’s" for n in names if not _is_abbr(n) and not n.endswith("s")
    )


@cache
def _terms(lang: str | None) -> tuple[tuple[str, str], ...]:
    langs = ("en", "fr") if lang is None else (lang,)
    out: dict[str, str] = {}
    for code, entry in _country_data().items():
        for lg in langs:
            block = entry.get(lg) or {}
            for key in ("names", "adjectives", "demonyms"):
                for term in block.get(key) or []:
                    out.setdefault(str(term), code)
            if lg == "en":
                for term in _english_possessives(code):
                    out.setdefault(term, code)
        if lang is None or lang == "en":
            # pycountry's English names are always accepted ("Lao People's Democratic Republic")
            pc = pycountry.countries.get(alpha_2=code)
            if pc is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(pc, attr, None)
                    if value:
                        out.setdefault(value, code)
    return tuple(sorted(out.items(), key=lambda kv: (-len(kv[0]), kv[0])))


@cache
def _folded_terms(lang: str | None) -> tuple[dict[str, str], dict[str, str]]:
    """(folded word forms -> code, exact abbreviations -> code)."""
    words: dict[str, str] = {}
    abbrs: dict[str, str] = {}
    for term, code in _terms(lang):
        if _is_abbr(term):
            abbrs.setdefault(term, code)
            abbrs.setdefault(term.replace(".", ""), code)
        else:
            words.setdefault(fold(term), code)
    return words, abbrs


# Articles and prepositions that may precede a country name ("du Laos", "in the Philippines").
_LEADING = re.compile(
    r"^(?:(?:du|des|de\s+la|de|au|aux|en|à\s+la|le|la|les|the|in|of|to|from)\s+|(?:de\s+l|à\s+l|d|l)['’]\s*)+",
    re.IGNORECASE,
)


def country_code(text: str | None, lang: str | None = None) -> str | None:
    """ISO alpha-2 (or "EU") for a country name, adjective, demonym or possessive in FR or EN."""
    if not text:
        return None
    raw = text.strip().strip(".,;:()«»\"")
    words, abbrs = _folded_terms(lang)
    for candidate in (raw, _LEADING.sub("", raw)):
        candidate = candidate.strip()
        if not candidate:
            continue
        if candidate in abbrs:
            return abbrs[candidate]
        if candidate.replace(".", "") in abbrs:
            return abbrs[candidate.replace(".", "")]
        if _is_abbr(candidate):
            continue  # unknown capitals: never guess from a case-folded match ("US" vs "us")
        key = fold(candidate)
        if key in words:
            return words[key]
        if key.endswith(" s") and key[:-2] in words:  # "Cambodia's" folds to "cambodia s"
            return words[key[:-2]]
    if lang is not None:
        return country_code(text, None)
    return None


def country_name(code: str, lang: str = "en") -> str:
    """The usual short name: "Laos", "Vietnam"; FR "Laos", "Indonésie"."""
    entry = _country_data().get(code.upper())
    if entry and (entry.get(lang) or {}).get("names"):
        return entry[lang]["names"][0]
    pc = pycountry.countries.get(alpha_2=code.upper())
    if pc is None:
        raise KeyError(code)
    return getattr(pc, "common_name", None) or pc.name


def country_terms(lang: str) -> list[tuple[str, str]]:
    """(surface form, code) for every name, adjective, demonym and possessive, longest first.

    Forms written in capitals ("US", "UE", "RPDC") should be matched case-sensitively.
    """
    return list(_terms(lang))


def asean_members() -> frozenset[str]:
    return ASEAN_MEMBERS


# --- cities, provinces, venues --------------------------------------------------------------


@cache
def cities() -> list[City]:
    return [
        City(
            name=c["name"],
            country=c["country"],
            aliases=tuple(c.get("aliases") or ()),
            province=c.get("province"),
            capital=bool(c.get("capital", False)),
        )
        for c in _load("cities.yaml")["cities"]
    ]


@cache
def provinces() -> list[Province]:
    return [
        Province(p["name"], p["country"], tuple(p.get("aliases") or ()), p.get("seat"))
        for p in _load("cities.yaml").get("provinces") or []
    ]


@cache
def venues() -> list[Venue]:
    return [
        Venue(v["name"], v.get("city"), v.get("country"), tuple(v.get("aliases") or ()))
        for v in _load("cities.yaml").get("venues") or []
    ]


def _index(items: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in items:
        for form in (item.name, *item.aliases):
            out.setdefault(fold(form), item)
    return out


@cache
def _city_index() -> dict[str, City]:
    return _index(cities())


@cache
def _province_index() -> dict[str, Province]:
    return _index(provinces())


def city(text: str | None) -> City | None:
    """A city by any of its spellings: "Hanoï", "Hà Nội" -> Hanoi; "Bruxelles" -> Brussels."""
    return _city_index().get(fold(text)) if text else None


def province(text: str | None) -> Province | None:
    """A province by any spelling; a leading "province de" / "province of" is allowed."""
    if not text:
        return None
    key = fold(text)
    key = re.sub(r"^(?:la )?province (?:de |d |of )?|^(?:the )?", "", key)
    key = re.sub(r" province$", "", key)
    return _province_index().get(key)


def capital(country: str) -> City | None:
    for c in cities():
        if c.country == country.upper() and c.capital:
            return c
    return None


# --- chairs, meetings, people ----------------------------------------------------------------


@cache
def _chairs() -> dict[int, str]:
    return {int(k): str(v) for k, v in (_load("chairs.yaml")["chairs"] or {}).items()}


def chair(year: int) -> str | None:
    """The ASEAN chair country of `year` (see chairs.yaml for the years before 2009)."""
    return _chairs().get(int(year))


@cache
def _meetings() -> tuple[KnownMeeting, ...]:
    out = []
    for m in _load("meetings.yaml")["meetings"]:
        out.append(
            KnownMeeting(
                series=m["series"],
                ordinal=m.get("ordinal"),
                start=None if m.get("start") is None else str(m["start"]),
                end=None if m.get("end") is None else str(m["end"]),
                city=m.get("city"),
                country=m.get("country"),
                sector=m.get("sector"),
            )
        )
    return tuple(out)


def known_meetings(series: str | None = None) -> list[KnownMeeting]:
    return [m for m in _meetings() if series is None or m.series == series]


def known_meeting(series: str, ordinal: int, sector: str | None = None) -> KnownMeeting | None:
    """The numbered meeting of a series (of a sector, where the series gathers several bodies:
    the 10th ADMM is not the 10th ADMM-Plus)."""
    for m in _meetings():
        if m.series == series and m.ordinal == ordinal and m.sector == sector:
            return m
    return None


@cache
def known_people() -> list[KnownPerson]:
    out = []
    for p in _load("people.yaml")["people"]:
        posts = tuple(
            (
                str(post["title"]),
                None if post.get("from") is None else str(post["from"]),
                None if post.get("to") is None else str(post["to"]),
            )
            for post in p.get("posts") or []
        )
        out.append(KnownPerson(p["name"], tuple(p.get("aliases") or ()), p.get("country"), posts))
    return out


@cache
def _people_index() -> dict[str, KnownPerson]:
    return _index(known_people())


def person(name: str | None) -> KnownPerson | None:
    """A well-known official by any spelling: "Nguyên Quôc Dung", "Nguyễn Quốc Dũng"."""
    return _people_index().get(fold(name)) if name else None


@dataclass(frozen=True)
class Sector:
    code: str
    series: tuple[str, ...]
    pattern: re.Pattern[str]  # abbreviations (case as written) or sector words (any case)


@cache
def _sectors(lang: str) -> tuple[tuple[str, ...], tuple[Sector, ...]]:
    data = _load("sectors.yaml")
    generic = tuple(data["generic_series"])
    out = []
    for s in data["sectors"]:
        abbrs = "|".join(re.escape(a) for a in sorted(s.get("abbreviations") or [], key=len, reverse=True))
        words = "|".join(s.get(lang) or s.get("en") or [])
        # whole abbreviations; "AMME-18" carries a number, "ADMM-Plus" is another body
        parts = [f"(?<![\\w-])(?:{abbrs})(?![\\w]|-[^\\W\\d])"] if abbrs else []
        if words:
            parts.append(f"(?i:\\b(?:{words})\\b)")
        out.append(Sector(s["code"], tuple(s.get("series") or generic), re.compile("|".join(parts))))
    return generic, tuple(out)


def sector(names: list[str], series: str | None, lang: str) -> str | None:
    """The sectoral body a meeting belongs to, from its names ("25th ASEAN Labour Ministers'
    Meeting (ALMM)" -> "ALMM"), for the series that gather several bodies; None elsewhere."""
    generic, sectors = _sectors(lang if lang in ("fr", "en") else "en")
    if series is not None and not any(series in s.series for s in sectors):
        return None
    for s in sectors:
        if (series or "") in s.series or (series is None and s.series == generic):
            if any(s.pattern.search(name) for name in names):
                return s.code
    return None
