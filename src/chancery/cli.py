"""The `chancery` command line: ingest articles, query and export the record, serve it.

User mistakes (a missing path, a file that is not a Chancery store, an unknown id, a bad format)
end with one line on stderr and exit code 2 (1 when --strict ingest met rejections), never a
traceback.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from chancery.store.db import DEFAULT_DB, StoreError, open_store

app = typer.Typer(
    name="chancery",
    help="Articles about ASEAN diplomacy in, a sourced record of meetings, people and titles out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", help="The store (SQLite file or database URL). Default: $CHANCERY_DB, else ./chancery.db."
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _console() -> Console:
    # Piped output (make run, less, a file) would wrap tables at 80 columns: give them room.
    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        return Console()
    return Console(width=160)


out = _console()


def fail(message: str, code: int = 2) -> NoReturn:
    typer.echo(f"chancery: error: {message}", err=True)
    raise typer.Exit(code)


def db_path(db: str | None) -> str:
    return db or os.environ.get("CHANCERY_DB") or DEFAULT_DB


@contextmanager
def store(db: str | None, create: bool = False) -> Iterator[Session]:
    """A session on the store, with store errors turned into one clear line."""
    path = db_path(db)
    try:
        factory = open_store(path, create=create)
    except StoreError as exc:
        fail(str(exc))
    except SQLAlchemyError as exc:
        fail(f"cannot open the store {path}: {str(exc.orig if hasattr(exc, 'orig') else exc).strip()}")
    except OSError as exc:
        fail(f"cannot open the store {path}: {exc.strerror or exc}")
    try:
        with factory() as session:
            yield session
    finally:
        factory.kw["bind"].dispose()


def country_filter(value: str | None) -> str | None:
    """A country code from a code ("VN") or a name in French or English ("Viet Nam", "Laos")."""
    if not value:
        return None
    text = value.strip()
    if len(text) == 2 and text.isalpha():
        return text.upper()
    try:
        from chancery.knowledge import country_code

        code = country_code(text)
    except ImportError:
        code = None
    if code is None:
        import pycountry

        try:
            code = pycountry.countries.lookup(text).alpha_2
        except LookupError:
            code = None
    if code is None:
        fail(f"unknown country {value!r}")
    return code


def _print_json(data: object) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


# --- ingest -------------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (.txt wire, .html, .jsonl, feeds).")],
    db: DbOption = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 if any input is rejected.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no summary.")] = False,
    reextract: Annotated[
        bool,
        typer.Option(
            "--reextract",
            help="Extract documents already stored again, with the rules of this version "
            "(hand merges and splits follow their mentions).",
        ),
    ] = False,
) -> None:
    """Read articles into the store (again is harmless: stored documents are skipped)."""
    from chancery.ingest import ExtractionError
    from chancery.ingest import ingest as run

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        fail(f"no such file or directory: {', '.join(missing)}")
    path = db_path(db)
    try:
        summary = run(paths, path, strict=strict, progress=not quiet, reextract=reextract)
    except StoreError as exc:
        fail(str(exc))
    except ExtractionError as exc:
        fail(f"extraction failed: {exc}", 1)
    except ImportError as exc:
        fail(f"incomplete installation, a pipeline component is missing: {exc}", 1)
    except SQLAlchemyError as exc:
        fail(f"cannot write the store {path}: {str(getattr(exc, 'orig', exc)).strip()}")
    if not quiet:
        typer.echo(
            f"{len(summary.added)} documents added ({len(summary.duplicates)} duplicates), "
            f"{len(summary.skipped)} already stored, "
            + (f"{len(summary.reextracted)} extracted again, " if reextract else "")
            + f"{len(summary.rejected)} rejected "
            f"in {summary.seconds:.1f}s ({summary.rate:.1f}/s) -> {path}",
            err=True,
        )
        if summary.decisions_lost:
            typer.echo(
                f"  {summary.decisions_lost} mention(s) named by hand decisions are no longer found: "
                "those decisions now leave them out",
                err=True,
            )
        for dup, orig in summary.duplicates:
            typer.echo(f"  duplicate: {dup} = {orig}", err=True)
        for r in summary.rejected:
            where = f"{r.path}:{r.line}" if r.line else r.path
            typer.echo(f"  rejected: {where}: {r.reason}", err=True)
    if strict and summary.rejected:
        raise typer.Exit(1)


# --- export -------------------------------------------------------------------------------------


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="record | jsonl | csv | parquet | ical")
    ] = "record",
    out_file: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export the record (record = the scored JSON) or flat tables and a calendar."""
    from chancery.export import FORMATS
    from chancery.export import export as run

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    if fmt == "parquet" and out_file is None and sys.stdout.isatty():
        fail("parquet is binary: give --out FILE")
    with store(db) as session:
        data = run(session, fmt)
    _write(data, out_file)


def _write(data: str | bytes, out_file: Path | None) -> None:
    try:
        if out_file is None:
            if isinstance(data, bytes):
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
            else:
                sys.stdout.write(data)
        elif isinstance(data, bytes):
            out_file.write_bytes(data)
        else:
            out_file.write_text(data, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {out_file}: {exc.strerror or exc}")


# --- queries ------------------------------------------------------------------------------------


def _dates(ev: dict) -> str:
    if ev["start"] and ev["end"] and ev["end"] != ev["start"]:
        return f"{ev['start']} – {ev['end']}"
    return ev["start"] or "?"


@app.command()
def events(
    country: Annotated[str | None, typer.Option(help="Venue or party country: code or name.")] = None,
    series: Annotated[
        str | None, typer.Option(help="Series code (VOCABULARY.md): SOM, AMM, ASEAN-SUMMIT...")
    ] = None,
    year: Annotated[int | None, typer.Option(help="Year the event starts in.")] = None,
    person: Annotated[str | None, typer.Option(help="Someone who took part (accents optional).")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List the meetings of the record."""
    from chancery.export import series_label
    from chancery.store.read import find_events, record_events

    code = country_filter(country)
    with store(db) as session:
        rows = record_events(session, find_events(session, code, series, year, person))
    if as_json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} events", title_justify="left")
    for col in ("date", "meeting", "place", "status", "participants", "sources", "id"):
        table.add_column(col, overflow="fold")
    for ev in rows:
        # One line per person and function, though several articles (and roles) report it.
        parts = ", ".join(dict.fromkeys(f"{p['name']} ({p['function']})" for p in ev["participants"]))
        place = ", ".join(x for x in (ev["city"], ev["country"]) if x)
        status = (ev["status"] or "") + (" (ref.)" if ev["referenced_only"] else "")
        docs = sorted({s["doc"] for s in ev["sources"]})
        table.add_row(_dates(ev), series_label(ev), place, status, parts, str(len(docs)), ev["id"])
    out.print(table)


@app.command()
def people(
    name: Annotated[str | None, typer.Option(help="Part of a name (accents optional).")] = None,
    as_json: JsonOption = False,
    db: DbOption = None,
) -> None:
    """List the people of the record, with their titles."""
    from chancery.store.read import find_people, record_people

    with store(db) as session:
        rows = record_people(session, find_people(session, name))
    if as_json:
        _print_json(rows)
        return
    table = Table(title=f"{len(rows)} people", title_justify="left")
    for col in ("name", "country", "titles", "also written", "sources", "id"):
        table.add_column(col, overflow="fold")
    for p in rows:
        titles = "; ".join(dict.fromkeys(t["title"] for t in p["titles"]))
        docs = sorted({s["doc"] for s in p["sources"]})
        table.add_row(p["name"], p["country"] or "", titles, ", ".join(p["aliases"]), str(len(docs)), p["id"])
    out.print(table)


@app.command()
def show(
    item: Annotated[str, typer.Argument(help="An event id, a person id or a document id.")],
    db: DbOption = None,
) -> None:
    """Show one event, person or document with the sentences its facts come from."""
    from chancery.store.models import Document, Event, Person

    with store(db) as session:
        if session.get(Event, item) is not None:
            _show_event(session, item)
        elif session.get(Person, item) is not None:
            _show_person(session, item)
        elif (doc := session.get(Document, item)) is not None:
            _show_document(session, doc)
        else:
            fail(f"no event, person or document with id {item!r}")


def _evidence(session: Session, doc_id: str, start: int, end: int) -> str:
    from chancery.store.models import Document
    from chancery.store.read import sentence_around

    doc = session.get(Document, doc_id)
    if doc is None:
        return ""
    if doc.duplicate_of:
        doc = session.get(Document, doc.duplicate_of) or doc
    return sentence_around(doc, start, end)


def _quote(console: Console, label: str, text: str) -> None:
    console.print(f"  [bold]{label}[/bold]", highlight=False)
    console.print(f"    « {text} »", highlight=False, markup=False)


def _show_event(session: Session, event_id: str) -> None:
    from chancery.export import series_label
    from chancery.store.read import EVENT_FIELDS, record_events

    ev = record_events(session, [event_id])[0]
    out.print(f"[bold]{series_label(ev)}[/bold]  {ev['id']}", highlight=False)
    for f in (*EVENT_FIELDS, "theme"):
        if ev.get(f) not in (None, [], False):
            out.print(f"  {f}: {ev[f]}", highlight=False, markup=False)
    out.print("[bold]Sources[/bold]")
    for s in ev["sources"]:
        _quote(
            out,
            f"{s['doc']} [{s['start']}:{s['end']}] {s.get('status') or ''}"
            + (" referenced only" if s.get("referenced_only") else ""),
            _evidence(session, s["doc"], s["start"], s["end"]),
        )
    if ev["participants"]:
        out.print("[bold]Participants[/bold]")
    for p in ev["participants"]:
        head = (
            f"{p['name']} — {p['function']}"
            + (f", {p['role']}" if p["role"] else "")
            + (f" ({p['country']})" if p["country"] else "")
        )
        out.print(f"  {head}  {p['person'] or ''}", highlight=False, markup=False)
        for s in p["sources"]:
            _quote(
                out,
                f"{s['doc']} [{s['start']}:{s['end']}]",
                _evidence(session, s["doc"], s["start"], s["end"]),
            )


def _show_person(session: Session, person_id: str) -> None:
    from chancery.store.read import events_of_person, record_events, record_people

    p = record_people(session, [person_id])[0]
    out.print(f"[bold]{p['name']}[/bold]  {p['id']}  {p['country'] or ''}", highlight=False)
    if p["aliases"]:
        out.print(f"  also written: {', '.join(p['aliases'])}", highlight=False, markup=False)
    if p["titles"]:
        out.print("[bold]Titles[/bold]")
    for t in p["titles"]:
        out.print(f"  {t['title']} ({t['doc']}, {t.get('date') or '?'})", highlight=False, markup=False)
    out.print("[bold]Mentions[/bold]")
    for s in p["sources"]:
        _quote(
            out, f"{s['doc']} [{s['start']}:{s['end']}]", _evidence(session, s["doc"], s["start"], s["end"])
        )
    evs = record_events(session, events_of_person(session, person_id))
    if evs:
        from chancery.export import series_label

        out.print("[bold]Events[/bold]")
    for e in evs:
        fn = ", ".join(sorted({x["function"] for x in e["participants"] if x["person"] == person_id}))
        out.print(f"  {_dates(e)}  {series_label(e)}  {fn}  {e['id']}", highlight=False, markup=False)


def _show_document(session: Session, doc) -> None:
    from chancery.store.read import document_facts, sentence_around

    out.print(
        f"[bold]{doc.id}[/bold]  {doc.lang}  {doc.published or 'undated'}  {doc.path}",
        highlight=False,
        markup=False,
    )
    if doc.title:
        out.print(f"  {doc.title}", highlight=False, markup=False)
    if doc.duplicate_of:
        out.print(f"  exact duplicate of {doc.duplicate_of}", highlight=False, markup=False)
        return
    if doc.event_mentions:
        out.print("[bold]Events[/bold]")
    for em in doc.event_mentions:
        label = " ".join(
            str(x) for x in (em.series or em.kind, em.ordinal, em.start, em.city, em.status) if x
        )
        _quote(out, f"{label} -> {em.event_id or '?'}", sentence_around(doc, em.span_start, em.span_end))
    if doc.person_mentions:
        out.print("[bold]People[/bold]")
    for pm in doc.person_mentions:
        titles = "; ".join(t.title for t in pm.titles)
        _quote(
            out,
            f"{pm.name}" + (f", {titles}" if titles else "") + f" -> {pm.person_id or '?'}",
            sentence_around(doc, pm.span_start, pm.span_end),
        )
    facts = document_facts(session, doc.id)
    if facts:
        out.print("[bold]Facts[/bold]")
    for f in facts:
        _quote(out, f"{f.kind}: {f.value}", sentence_around(doc, f.span_start, f.span_end))


@app.command()
def merge(
    first: Annotated[str, typer.Argument(help="An event id or a person id.")],
    second: Annotated[str, typer.Argument(help="Another of the same kind, to merge into the first.")],
    db: DbOption = None,
) -> None:
    """Make two events (or two people) one. The decision is kept and survives re-ingest."""
    from chancery.decisions import DecisionError
    from chancery.decisions import merge as merge_entities

    with store(db) as session:
        try:
            merged = merge_entities(session, first, second)
        except DecisionError as e:
            fail(str(e))
        session.commit()
    out.print(f"merged {first} and {second}: now {merged}", highlight=False, markup=False)


@app.command()
def split(
    entity: Annotated[str, typer.Argument(help="An event id or a person id.")],
    source: Annotated[
        list[str], typer.Option("--source", "-s", help="A document whose mentions leave it (repeatable).")
    ],
    db: DbOption = None,
) -> None:
    """Take the mentions of some documents out of an event or a person. Kept across re-ingest."""
    from chancery.decisions import DecisionError
    from chancery.decisions import split as split_entity

    with store(db) as session:
        try:
            staying, moved = split_entity(session, entity, source)
        except DecisionError as e:
            fail(str(e))
        session.commit()
    out.print(f"split {entity}: {staying} keeps the other sources, {moved} has {', '.join(source)}",
              highlight=False, markup=False)


@app.command()
def status(db: DbOption = None) -> None:
    """What the store holds: documents, duplicates, entities, and rejected inputs with reasons."""
    from chancery.store.read import store_status

    with store(db) as session:
        st = store_status(session)
    langs = ", ".join(f"{k}: {v}" for k, v in st.languages.items())
    typer.echo(
        f"{db_path(db)}: {st.documents} documents ({langs}), {len(st.duplicates)} exact duplicates, "
        f"{st.events} events, {st.people} people, {len(st.rejections)} rejected inputs"
    )
    for dup, orig in st.duplicates:
        typer.echo(f"  duplicate: {dup} = {orig}")
    for path, line, reason in st.rejections:
        where = f"{path}:{line}" if line else path
        typer.echo(f"  rejected: {where}: {reason}")


# --- web app and report (another module: imported only when used) -------------------------------


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the record as a web app."""
    path = db_path(db)
    with store(path):
        pass  # fail early, with one line, on a missing or foreign store
    create_app = _lazy("chancery.web.app", "create_app")
    import uvicorn

    uvicorn.run(create_app(path), host=host, port=port)


@app.command()
def report(
    country: Annotated[str, typer.Option(help="Country: code or name.")],
    year: Annotated[int, typer.Option(help="Year.")],
    lang: Annotated[str, typer.Option(help="fr | en")] = "fr",
    fmt: Annotated[str, typer.Option("--format", "-f", help="html | md | pdf")] = "html",
    out_file: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    db: DbOption = None,
) -> None:
    """A country's year of ASEAN diplomacy as a report."""
    if lang not in ("fr", "en"):
        fail(f"unknown language {lang!r} (choose from fr, en)")
    if fmt not in ("html", "md", "pdf"):
        fail(f"unknown format {fmt!r} (choose from html, md, pdf)")
    if fmt == "pdf" and out_file is None and sys.stdout.isatty():
        fail("pdf is binary: give --out FILE")
    code = country_filter(country)
    build_report = _lazy("chancery.report", "build_report")
    with store(db) as session:
        data = build_report(session, code, year, lang, fmt)
    _write(data, out_file)


def _lazy(module: str, name: str) -> Callable:
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        fail(f"{module}.{name} is not available in this installation ({exc})", 1)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
