"""Query parameters shared by the pages and the API, validated by hand.

Why by hand: the timeline's plain GET form sends empty fields (`?year=&kind=`), which typed
FastAPI parameters would reject; here an empty field means "no filter", and anything else is
checked and refused with a 422 that says what is wrong.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, HTTPException, Query

from chancery.web.labels import KINDS, resolve_country
from chancery.web.queries import Filters

YEAR_MIN, YEAR_MAX = 1967, 2100
SERIES_RE = re.compile(r"[A-Za-z0-9+\-]{1,40}")


def bad(param: str, message: str, status: int = 422) -> HTTPException:
    return HTTPException(status_code=status, detail=[{"loc": ["query", param], "msg": message}])


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if "\x00" in value:
        return "\x00"  # refused by every validator below
    return value or None


def parse_year(value: str | None, param: str = "year") -> int | None:
    value = _clean(value)
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}", value) or not YEAR_MIN <= int(value) <= YEAR_MAX:
        raise bad(param, f"year must be a number between {YEAR_MIN} and {YEAR_MAX}")
    return int(value)


def parse_country(value: str | None, param: str = "country") -> str | None:
    value = _clean(value)
    if value is None:
        return None
    code = resolve_country(value) if "\x00" not in value else None
    if code is None:
        raise bad(param, "country must be a two-letter ISO code (VN, LA, EU) or a known country name")
    return code


def parse_series(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    if not SERIES_RE.fullmatch(value):
        raise bad("series", "series must be a code such as AMM, SOM, ASEAN-SUMMIT (letters, digits, + and -)")
    return value.upper()


def parse_kind(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    if value not in KINDS:
        raise bad("kind", f"kind must be one of: {', '.join(KINDS)}")
    return value


def parse_person(value: str | None) -> str | None:
    value = _clean(value)
    if value is None:
        return None
    if len(value) > 200 or "\x00" in value:
        raise bad("person", "person must be a person id or a name (at most 200 characters)")
    return value


def filters(
    year: Annotated[str | None, Query(description="Year of the meeting's start, 1967..2100")] = None,
    series: Annotated[str | None, Query(description="Series code from VOCABULARY.md (AMM, SOM, ...)")] = None,
    kind: Annotated[
        str | None,
        Query(description="summit, ministerial, senior_officials, working, bilateral, national or other"),
    ] = None,
    country: Annotated[
        str | None,
        Query(description="ISO code or country name: venue, partner, or the country of a participant"),
    ] = None,
    person: Annotated[str | None, Query(description="Person id, or part of a name (accents ignored)")] = None,
) -> Filters:
    return Filters(
        year=parse_year(year),
        series=parse_series(series),
        kind=parse_kind(kind),
        country=parse_country(country),
        person=parse_person(person),
    )


FiltersDep = Annotated[Filters, Depends(filters)]
Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Rows to skip")]
