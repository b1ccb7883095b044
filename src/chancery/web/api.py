"""The JSON API: /api/... with limit/offset pagination and a total, the CLI's filters."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from sqlalchemy.orm import Session

from chancery.store.search import search as fts_search
from chancery.web import queries
from chancery.web.app import session_dep
from chancery.web.labels import is_country_code, resolve_country
from chancery.web.params import FiltersDep, Limit, Offset, parse_country, parse_year

router = APIRouter(prefix="/api", tags=["api"])
SessionDep = Annotated[Session, Depends(session_dep)]
IdPath = Annotated[str, Path(min_length=1, max_length=200)]


def page(total: int, items: list, limit: int, offset: int, **extra: object) -> dict:
    return {"total": total, "limit": limit, "offset": offset, "items": items, **extra}


@router.get("/events")
def events(session: SessionDep, f: FiltersDep, limit: Limit = 50, offset: Offset = 0) -> dict:
    total, items = queries.list_events(session, f, limit, offset)
    return page(total, items, limit, offset, filters=f.as_params())


@router.get("/events/{event_id}")
def event(session: SessionDep, event_id: IdPath) -> dict:
    found = queries.event_detail(session, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return found


@router.get("/people")
def people(
    session: SessionDep,
    country: str | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name, accents ignored")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    total, items = queries.list_people(
        session, parse_country(country), (q or "").strip() or None, limit, offset
    )
    return page(total, items, limit, offset)


@router.get("/people/{person_id}")
def person(session: SessionDep, person_id: IdPath) -> dict:
    found = queries.person_detail(session, person_id)
    if found is None:
        raise HTTPException(404, f"no person {person_id!r}")
    return found


@router.get("/countries")
def countries(session: SessionDep) -> dict:
    items = queries.list_countries(session)
    return page(len(items), items, len(items), 0)


def country_code(code: str) -> str:
    found = resolve_country(code) if "\x00" not in code else None
    if found is None or not is_country_code(found):
        raise HTTPException(404, f"no country {code!r}")
    return found


@router.get("/countries/{code}")
def country(session: SessionDep, code: Annotated[str, Path(max_length=80)]) -> dict:
    return queries.country_detail(session, country_code(code))


@router.get("/documents")
def documents(
    session: SessionDep,
    lang: Literal["fr", "en", "other"] | None = None,
    year: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict:
    total, items = queries.list_documents(session, lang, parse_year(year), limit, offset)
    return page(total, items, limit, offset)


@router.get("/documents/{doc_id}")
def document(session: SessionDep, doc_id: IdPath) -> dict:
    found = queries.document_detail(session, doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return found


@router.get("/search")
def search(
    session: SessionDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Offset = 0,
) -> dict:
    total, hits = fts_search(session, q, limit, offset)
    items = [
        {
            "kind": h.kind,
            "id": h.ref,
            "title": h.title,
            "snippet": h.snippet.replace("\x02", "").replace("\x03", ""),
            **h.extra,
        }
        for h in hits
    ]
    return page(total, items, limit, offset, q=q)


@router.get("/reports/{country}/{year}", response_model=None)
def report(
    session: SessionDep,
    country: Annotated[str, Path(max_length=80)],
    year: Annotated[int, Path(ge=1967, le=2100)],
    lang: Literal["fr", "en"] = "fr",
    format: Literal["md", "html", "pdf"] = "html",  # noqa: A002 - the public parameter's name
) -> Response:
    from chancery.report import PdfUnavailable, build_report

    code = country_code(country)
    try:
        out = build_report(session, code, year, lang=lang, fmt=format)
    except PdfUnavailable as exc:
        raise HTTPException(501, str(exc)) from exc
    if format == "pdf":
        return Response(out, media_type="application/pdf")
    if format == "md":
        return PlainTextResponse(out, media_type="text/markdown; charset=utf-8")
    return HTMLResponse(out)
