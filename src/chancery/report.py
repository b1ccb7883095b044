"""The yearly review of one country in ASEAN: meetings by level, chairs, officials, themes, documents.

`build_report` gathers a `Review` from the store (a few indexed queries), then renders it as
HTML (printable, its own CSS, nothing external), Markdown, or PDF (WeasyPrint, from the HTML).
Every line carries the sources that state it, as links to the web app's article pages.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from chancery.store.models import (
    Document,
    Event,
    EventMention,
    FactRecord,
    Participation,
    Person,
    PersonMention,
)
from chancery.web.labels import KINDS, country_name, label, title_of
from chancery.web.queries import Filters, event_conditions

Fmt = Literal["html", "md", "pdf"]


class PdfUnavailable(RuntimeError):
    """WeasyPrint (or the system libraries it needs) is not installed."""


@dataclass(slots=True)
class Source:
    doc: str
    start: int | None = None
    end: int | None = None

    def href(self, base_url: str = "") -> str:
        frag = f"#s{self.start}-{self.end}" if self.start is not None and self.end is not None else ""
        return f"{base_url}/documents/{quote(self.doc, safe='')}{frag}"


@dataclass(slots=True)
class Line:
    text: str
    sources: list[Source] = field(default_factory=list)
    detail: str = ""
    href: str | None = None  # the entity's own page


@dataclass(slots=True)
class Review:
    country: str
    year: int
    lang: str
    title: str
    summary: list[Line] = field(default_factory=list)
    by_level: list[tuple[str, list[Line]]] = field(default_factory=list)
    chaired_hosted: list[Line] = field(default_factory=list)
    officials: list[Line] = field(default_factory=list)
    themes: list[Line] = field(default_factory=list)
    documents: list[Line] = field(default_factory=list)
    counts: list[Line] = field(default_factory=list)
    n_docs: int = 0


def _dedupe(sources: list[Source]) -> list[Source]:
    seen, out = set(), []
    for s in sources:
        key = (s.doc, s.start, s.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def _chair_of(session: Session, year: int) -> tuple[str | None, list[Source]]:
    rows = session.execute(
        select(
            FactRecord.country,
            FactRecord.value,
            FactRecord.doc_id,
            FactRecord.span_start,
            FactRecord.span_end,
        ).where(FactRecord.kind == "chair", FactRecord.year == year)
    ).all()
    votes: dict[str, list[Source]] = defaultdict(list)
    for country, value, doc, s, e in rows:
        code = country or (value.upper() if value and len(value) == 2 else None)
        if code:
            votes[code].append(Source(doc, s, e))
    if votes:
        code = max(votes, key=lambda c: len(votes[c]))
        return code, votes[code]
    try:
        from chancery import knowledge  # type: ignore[attr-defined]

        chair = getattr(knowledge, "chair", None)
        found = chair(year) if chair is not None else None
        if isinstance(found, str) and len(found) == 2:
            return found.upper(), []
    except Exception:  # noqa: BLE001 - the knowledge module is optional here
        pass
    return None, []


def gather(session: Session, country: str, year: int, lang: str = "fr") -> Review:
    code = country.upper()
    review = Review(
        code, year, lang, label("review_title", lang, country=country_name(code, lang), year=year)
    )
    events = session.scalars(
        select(Event)
        .where(*event_conditions(session, Filters(year=year, country=code)))
        .order_by(Event.start)
    ).all()
    ids = [e.id for e in events]
    mention_rows = (
        session.execute(
            select(
                EventMention.id,
                EventMention.event_id,
                EventMention.doc_id,
                EventMention.span_start,
                EventMention.span_end,
            ).where(EventMention.event_id.in_(ids))
        ).all()
        if ids
        else []
    )
    ev_sources: dict[str, list[Source]] = defaultdict(list)
    mention_event: dict[int, str] = {}
    for mid, ev_id, doc, s, e in mention_rows:
        ev_sources[ev_id].append(Source(doc, s, e))
        mention_event[mid] = ev_id
    part_rows = (
        session.execute(
            select(Participation, PersonMention, Person)
            .join(PersonMention, PersonMention.id == Participation.person_mention_id)
            .outerjoin(Person, Person.id == PersonMention.person_id)
            .where(Participation.event_mention_id.in_(list(mention_event)))
            .order_by(Participation.id)
        ).all()
        if mention_event
        else []
    )

    # Who acted for the country, at which meeting, in what function.
    acted: dict[str, set[str]] = defaultdict(set)  # event id -> functions of the country's people
    officials: dict[str, dict] = {}
    for part, pm, person in part_rows:
        ev_id = mention_event[part.event_mention_id]
        who_country = part.country or pm.country or (person.country if person else None)
        if who_country != code:
            continue
        acted[ev_id].add(part.function)
        key = person.id if person else f"m{pm.id}"
        entry = officials.setdefault(
            key,
            {
                "name": person.name if person else pm.name,
                "person": person.id if person else None,
                "roles": [],
                "acts": {},
            },
        )
        role = part.role or pm.role
        if role and role not in entry["roles"]:
            entry["roles"].append(role)
        act = entry["acts"].setdefault((ev_id, part.function), [])
        act.append(Source(part.doc_id, part.span_start, part.span_end))

    by_id = {e.id: e for e in events}

    def describe(e: Event) -> str:
        bits = [title_of(e, lang)]
        when = e.start or "?"
        if e.end and e.end != e.start:
            when += f" → {e.end}"
        place = ", ".join(x for x in (e.city, country_name(e.country, lang) if e.country else None) if x)
        bits.append(when)
        if place:
            bits.append(place)
        return " — ".join(bits)

    def status_of(e: Event) -> str:
        parts = [label(e.status, lang)] if e.status else []
        if e.referenced_only:
            parts.append(label("referenced", lang))
        return ", ".join(parts)

    for kind in KINDS:
        lines = [
            Line(describe(e), _dedupe(ev_sources[e.id]), status_of(e), f"/events/{quote(e.id, safe='')}")
            for e in events
            if e.kind == kind
        ]
        if lines:
            review.by_level.append((kind, lines))

    for e in events:
        roles = []
        if "chaired" in acted[e.id]:
            roles.append(label("chaired", lang))
        if e.country == code or "hosted" in acted[e.id]:
            roles.append(label("hosted", lang))
        if roles:
            review.chaired_hosted.append(
                Line(
                    describe(e),
                    _dedupe(ev_sources[e.id]),
                    ", ".join(roles),
                    f"/events/{quote(e.id, safe='')}",
                )
            )

    for entry in sorted(officials.values(), key=lambda o: o["name"]):
        acts = []
        sources: list[Source] = []
        for (ev_id, function), srcs in entry["acts"].items():
            ev = by_id[ev_id]
            name = title_of(ev, lang)
            sep = " : " if lang == "fr" else ": "  # French typography: a space before the colon
            acts.append(f"{label(function, lang)}{sep}{name}")
            sources += srcs
        text = entry["name"] + (f" ({'; '.join(entry['roles'])})" if entry["roles"] else "")
        review.officials.append(
            Line(
                text,
                _dedupe(sources),
                "; ".join(acts),
                f"/people/{quote(entry['person'], safe='')}" if entry["person"] else None,
            )
        )

    # Themes, documents, figures: stated for the country, or stated (without a country) by an
    # article that reports one of the country's meetings of the year.
    docs = {s.doc for srcs in ev_sources.values() for s in srcs}
    fact_rows = (
        session.execute(
            select(FactRecord).where(
                FactRecord.kind.in_(["theme", "document", "count"]),
                or_(FactRecord.year == year, FactRecord.year.is_(None)),
                or_(FactRecord.country == code, FactRecord.country.is_(None)),
            )
        )
        .scalars()
        .all()
    )
    grouped: dict[str, dict[str, list[Source]]] = {"theme": {}, "document": {}, "count": {}}
    for f in fact_rows:
        if f.country is None and f.doc_id not in docs:
            continue
        if f.year is None and f.doc_id not in docs:
            continue
        grouped[f.kind].setdefault(f.value, []).append(Source(f.doc_id, f.span_start, f.span_end))
    for e in events:  # an event's theme counts as a stated priority when the country chaired or hosted it
        if e.theme and ("chaired" in acted[e.id] or e.country == code):
            grouped["theme"].setdefault(e.theme, []).extend(ev_sources[e.id][:1])
    review.themes = [Line(v, _dedupe(s)) for v, s in grouped["theme"].items()]
    review.documents = [Line(v, _dedupe(s)) for v, s in grouped["document"].items()]
    review.counts = [Line(v, _dedupe(s)) for v, s in grouped["count"].items()]

    chair, chair_sources = _chair_of(session, year)
    if chair:
        review.summary.append(
            Line(
                f"{label('chair_year', lang, year=year)} : {country_name(chair, lang)}"
                if lang == "fr"
                else f"{label('chair_year', lang, year=year)}: {country_name(chair, lang)}",
                chair_sources,
            )
        )
    review.summary.append(Line(label("n_meetings", lang, n=len(events))))
    for kind, lines in review.by_level:
        review.summary.append(
            Line(
                f"{label(kind, lang)} : {len(lines)}"
                if lang == "fr"
                else f"{label(kind, lang)}: {len(lines)}"
            )
        )
    review.n_docs = len(docs)
    if docs:
        titles = dict(session.execute(select(Document.id, Document.title).where(Document.id.in_(docs))).all())
        review.summary.append(Line(label("n_sources", lang, n=len([d for d in docs if d in titles]))))
    return review


TEMPLATES = Path(__file__).parent / "web" / "templates"
_ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True))


def _sections(r: Review) -> list[tuple[str, list[Line]]]:
    return [
        ("chaired_hosted", r.chaired_hosted),
        ("officials", r.officials),
        ("themes", r.themes),
        ("documents", r.documents),
        ("counts", r.counts),
    ]


def render_html(r: Review, base_url: str = "") -> str:
    def lab(key: str, **kw: object) -> str:
        return label(key, r.lang, **kw)

    return _ENV.get_template("report.html").render(r=r, L=lab, sections=_sections(r), base_url=base_url)


def _md_escape(text: str) -> str:
    # Article text can hold Markdown or HTML: neutralise what would change the rendering.
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def render_md(r: Review, base_url: str = "") -> str:
    def item(line: Line) -> str:
        text = _md_escape(line.text)
        if line.href:
            text = f"[{text}]({base_url}{line.href})"
        if line.detail:
            text += f" — {_md_escape(line.detail)}"
        srcs = " ".join(f"[{_md_escape(s.doc)}]({s.href(base_url)})" for s in line.sources)
        return f"- {text}" + (f" {srcs}" if srcs else "")

    out = [f"# {_md_escape(r.title)}", "", f"## {label('summary', r.lang)}", ""]
    out += [item(x) for x in r.summary]
    out += ["", f"## {label('meetings_by_level', r.lang)}", ""]
    if not r.by_level:
        out.append(label("none", r.lang))
    for kind, lines in r.by_level:
        out += [f"### {label(kind, r.lang)}", ""] + [item(x) for x in lines] + [""]
    for key, lines in _sections(r):
        out += ["", f"## {label(key, r.lang)}", ""]
        out += [item(x) for x in lines] if lines else [label("none", r.lang)]
    out += ["", f"_{label('generated', r.lang, n=r.n_docs)}_", ""]
    return "\n".join(out)


def render_pdf(html: str) -> bytes:
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: pango/cairo missing on the system
        raise PdfUnavailable(f"PDF needs WeasyPrint and its system libraries: {exc}") from exc
    return HTML(string=html).write_pdf()


def build_report(
    session: Session, country: str, year: int, lang: str = "fr", fmt: str = "html", *, base_url: str = ""
) -> str | bytes:
    """The yearly review of `country` (ISO code) for `year`, in `lang` (fr|en), as html, md or pdf.

    `base_url` prefixes the links to the web app (e.g. "http://localhost:8000"); relative by default.
    """
    if lang not in ("fr", "en"):
        raise ValueError(f"lang must be fr or en, not {lang!r}")
    if fmt not in ("html", "md", "pdf"):
        raise ValueError(f"fmt must be html, md or pdf, not {fmt!r}")
    review = gather(session, country, year, lang)
    if fmt == "md":
        return render_md(review, base_url)
    html = render_html(review, base_url)
    return render_pdf(html) if fmt == "pdf" else html
