"""Server-rendered pages: timeline, event, person, country, search, article."""

from __future__ import annotations

from collections import Counter
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from chancery.store.models import Document
from chancery.store.search import MARK_CLOSE, MARK_OPEN
from chancery.store.search import search as fts_search
from chancery.web import queries
from chancery.web.app import TEMPLATES, session_dep
from chancery.web.highlight import Mark, anchor, segments
from chancery.web.labels import KINDS, country_name, is_country_code, label, resolve_country
from chancery.web.params import FiltersDep, Offset, parse_country

router = APIRouter(include_in_schema=False)
SessionDep = Annotated[Session, Depends(session_dep)]
IdPath = Annotated[str, Path(min_length=1, max_length=200)]
PAGE = 50
MAX_SOURCE_TEXTS = 12  # an event cited by many articles shows the first texts in full, lists the rest

KIND_COLORS = {
    "summit": "#7b3294",
    "ministerial": "#2166ac",
    "senior_officials": "#4393c3",
    "working": "#92c5de",
    "bilateral": "#d6604d",
    "national": "#f4a582",
    "other": "#999999",
}


FACET_TTL = 30.0  # seconds: the filter menus change only when an ingest adds meetings


def cached(request: Request, key: str, compute):
    """A per-app cache for the timeline's menus (years, series, countries): same on every request."""
    import time

    store = request.app.state.__dict__.setdefault("page_cache", {})
    hit = store.get(key)
    now = time.monotonic()
    if hit is None or now - hit[0] > FACET_TTL:
        hit = store[key] = (now, compute())
    return hit[1]


def render(request: Request, name: str, **ctx: object) -> HTMLResponse:
    ctx.setdefault("country_name", country_name)
    ctx.setdefault("label", label)
    ctx.setdefault("anchor", anchor)
    return TEMPLATES.TemplateResponse(request, name, ctx)


def chart(counts: list[tuple[str, str, int]], year: int | None) -> dict:
    """Stacked bars of meetings per month (per year over long spans), as SVG rectangles."""
    if year is not None:
        buckets = [f"{year:04d}-{m:02d}" for m in range(1, 13)]
        key = lambda month: month  # noqa: E731
    elif counts:
        months = sorted({m for m, _, _ in counts})
        first, last = months[0], months[-1]
        span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1
        if span > 48:  # decades of meetings: one bar per year stays readable
            buckets = [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
            key = lambda month: month[:4]  # noqa: E731
        else:
            buckets, (y, m) = [], (int(first[:4]), int(first[5:7]))
            for _ in range(span):
                buckets.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
            key = lambda month: month  # noqa: E731
    else:
        return {"bars": [], "width": 0, "height": 0, "labels": [], "max": 0, "legend": []}
    table: dict[str, Counter] = {b: Counter() for b in buckets}
    for month, kind, n in counts:
        b = key(month)
        if b in table:
            table[b][kind] += n
    top = max((sum(c.values()) for c in table.values()), default=0) or 1
    bar_w, gap, height, pad = 22, 6, 120, 18
    bars, labels = [], []
    for i, b in enumerate(buckets):
        x = i * (bar_w + gap)
        y = height
        for kind in KINDS:
            n = table[b][kind]
            if not n:
                continue
            h = max(2.0, n / top * (height - 10))
            y -= h
            bars.append(
                {
                    "x": x,
                    "y": round(y, 1),
                    "w": bar_w,
                    "h": round(h, 1),
                    "color": KIND_COLORS[kind],
                    "title": f"{b}: {n} {label(kind)}",
                }
            )
        total = sum(table[b].values())
        labels.append(
            {"x": x + bar_w / 2, "text": b[5:] if len(b) == 7 else b, "total": total, "ty": round(y - 3, 1)}
        )
    used = [k for k in KINDS if any(table[b][k] for b in buckets)]
    return {
        "bars": bars,
        "labels": labels,
        "width": len(buckets) * (bar_w + gap),
        "height": height + pad,
        "base": height,
        "max": top,
        "legend": [{"kind": k, "label": label(k), "color": KIND_COLORS[k]} for k in used],
    }


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request, session: SessionDep, f: FiltersDep, offset: Offset = 0) -> HTMLResponse:
    total, events = queries.list_events(session, f, PAGE, offset)
    params = f.as_params()
    nav = {}
    if offset > 0:
        nav["prev"] = "/?" + urlencode({**params, "offset": max(0, offset - PAGE)})
    if offset + PAGE < total:
        nav["next"] = "/?" + urlencode({**params, "offset": offset + PAGE})
    return render(
        request,
        "timeline.html",
        f=f,
        total=total,
        events=events,
        offset=offset,
        nav=nav,
        chart=chart(queries.chart_counts(session, f), f.year),
        facets=cached(request, "facets", lambda: queries.facet_values(session)),
        kinds=KINDS,
        countries=cached(request, "countries", lambda: queries.list_countries(session)),
    )


def _source_texts(session: Session, doc_ids: list[str]) -> dict[str, str]:
    if not doc_ids:
        return {}
    return dict(
        session.execute(select(Document.id, Document.clean_text).where(Document.id.in_(doc_ids))).all()
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, session: SessionDep, event_id: IdPath) -> HTMLResponse:
    ev = queries.event_detail(session, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    docs = list(dict.fromkeys(s["doc"] for s in ev["sources"]))
    shown = docs[:MAX_SOURCE_TEXTS]
    texts = _source_texts(session, shown)
    marks: dict[str, list[Mark]] = {d: [] for d in shown}
    for s in ev["sources"]:
        if s["doc"] in marks:
            marks[s["doc"]].append(Mark(s["start"], s["end"], "event", "meeting"))
    for p in ev["participants"]:
        for s in p["sources"]:
            if s["doc"] in marks:
                marks[s["doc"]].append(
                    Mark(s["start"], s["end"], "part", f"{p['name']}: {label(p['function'])}")
                )
    for link in ev["links"]:
        for s in link["sources"]:
            if s["doc"] in marks and isinstance(s.get("start"), int):
                marks[s["doc"]].append(
                    Mark(s["start"], s["end"], "link", f"{link['relation']}: {link['title']}")
                )
    articles = [
        {
            "doc": d,
            "source": next(s for s in ev["sources"] if s["doc"] == d),
            "segments": segments(texts.get(d, ""), marks[d]),
        }
        for d in shown
    ]
    return render(
        request,
        "event.html",
        ev=ev,
        articles=articles,
        more=[next(s for s in ev["sources"] if s["doc"] == d) for d in docs[MAX_SOURCE_TEXTS:]],
    )


@router.get("/people", response_class=HTMLResponse)
def people_page(
    request: Request,
    session: SessionDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    country: str | None = None,
    offset: Offset = 0,
) -> HTMLResponse:
    code = parse_country(country)
    total, people = queries.list_people(session, code, (q or "").strip() or None, PAGE, offset)
    params = {k: v for k, v in {"q": q or "", "country": code or ""}.items() if v}
    nav = {}
    if offset > 0:
        nav["prev"] = "/people?" + urlencode({**params, "offset": max(0, offset - PAGE)})
    if offset + PAGE < total:
        nav["next"] = "/people?" + urlencode({**params, "offset": offset + PAGE})
    return render(request, "people.html", people=people, total=total, q=q or "", country=code, nav=nav)


@router.get("/people/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, session: SessionDep, person_id: IdPath) -> HTMLResponse:
    p = queries.person_detail(session, person_id)
    if p is None:
        raise HTTPException(404, f"no person {person_id!r}")
    return render(request, "person.html", p=p)


@router.get("/countries", response_class=HTMLResponse)
def countries_page(request: Request, session: SessionDep) -> HTMLResponse:
    return render(request, "countries.html", countries=queries.list_countries(session))


@router.get("/countries/{code}", response_class=HTMLResponse)
def country_page(
    request: Request, session: SessionDep, code: Annotated[str, Path(max_length=80)]
) -> HTMLResponse:
    found = resolve_country(code) if "\x00" not in code else None
    if found is None or not is_country_code(found):
        raise HTTPException(404, f"no country {code!r}")
    return render(request, "country.html", c=queries.country_detail(session, found))


def _snippet_segments(snippet: str) -> list[dict]:
    """FTS snippet with control-character markers -> segments for autoescaped rendering."""
    out, marked, buf = [], False, []
    for ch in snippet:
        if ch in (MARK_OPEN, MARK_CLOSE):
            if buf:
                out.append({"text": "".join(buf), "mark": marked})
            buf, marked = [], ch == MARK_OPEN
        else:
            buf.append(ch)
    if buf:
        out.append({"text": "".join(buf), "mark": marked})
    return out


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request, session: SessionDep, q: Annotated[str, Query(max_length=200)] = "", offset: Offset = 0
) -> HTMLResponse:
    total, hits = fts_search(session, q, 30, offset) if q.strip() else (0, [])
    results = [{"hit": h, "segments": _snippet_segments(h.snippet)} for h in hits]
    nav = {}
    if offset > 0:
        nav["prev"] = "/search?" + urlencode({"q": q, "offset": max(0, offset - 30)})
    if offset + 30 < total:
        nav["next"] = "/search?" + urlencode({"q": q, "offset": offset + 30})
    return render(request, "search.html", q=q, total=total, results=results, nav=nav)


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, session: SessionDep, offset: Offset = 0) -> HTMLResponse:
    total, docs = queries.list_documents(session, None, None, PAGE, offset)
    nav = {}
    if offset > 0:
        nav["prev"] = f"/documents?offset={max(0, offset - PAGE)}"
    if offset + PAGE < total:
        nav["next"] = f"/documents?offset={offset + PAGE}"
    return render(request, "documents.html", docs=docs, total=total, nav=nav)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, session: SessionDep, doc_id: IdPath) -> HTMLResponse:
    d = queries.document_detail(session, doc_id)
    if d is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    marks: list[Mark] = []
    for e in d["events"]:
        marks.append(Mark(e["start"], e["end"], "event", e["title"]))
    for p in d["people"]:
        spans = p["spans"] or [[p["start"], p["end"]]]
        for s, e in spans:
            marks.append(Mark(s, e, "person", p["name"] + (f", {p['role']}" if p["role"] else "")))
    for t in d["titles"]:
        marks.append(Mark(t["start"], t["end"], "title", t["title"]))
    for f in d["facts"]:
        marks.append(Mark(f["start"], f["end"], "fact", f"{f['kind']}: {f['value']}"))
    # Participation evidence is usually a whole sentence: anchor it without colouring everything.
    for p in d["participations"]:
        marks.append(Mark(p["start"], p["end"], "part", f"{p['name']}: {label(p['function'])}"))
    return render(request, "document.html", d=d, segments=segments(d["text"] or "", marks))


@router.get("/documents/{doc_id}/raw", response_class=HTMLResponse)
def document_raw(request: Request, session: SessionDep, doc_id: IdPath) -> HTMLResponse:
    raw = queries.raw_text(session, doc_id)
    if raw is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return render(request, "raw.html", doc_id=doc_id, raw=raw)
