"""Exports of the store: the scored `record` JSON, flat tables (jsonl, csv, parquet) and iCalendar.

Every export is deterministic: two exports of the same store are byte-identical.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chancery.store.models import Document
from chancery.store.read import EVENT_FIELDS, record, record_events

FORMATS = ("record", "jsonl", "csv", "parquet", "ical")

# One row per participation (an event without participants gets one row with empty person fields).
COLUMNS = (
    "event_id",
    *EVENT_FIELDS,
    "theme",
    "sector",
    "sources",
    "person_id",
    "person_name",
    "person_country",
    "role",
    "function",
    "participant_sources",
)


class ExportError(ValueError):
    pass


def export(session: Session, fmt: str) -> str | bytes:
    """The store in format `fmt` (one of FORMATS): text, or bytes for parquet."""
    if fmt == "record":
        return json.dumps(record(session), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in flat_rows(session))
    if fmt == "csv":
        return _csv(flat_rows(session))
    if fmt == "parquet":
        return _parquet(flat_rows(session))
    if fmt == "ical":
        return ical(session)
    raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


def _docs(sources: list[dict]) -> str:
    return ";".join(dict.fromkeys(s["doc"] for s in sources))


def flat_rows(session: Session) -> list[dict]:
    """Events joined with their participations, one flat dict per row (for spreadsheets, pandas)."""
    rows = []
    for ev in record_events(session):
        base = {
            "event_id": ev["id"],
            **{
                k: ev[k]
                for k in ("series", "kind", "ordinal", "start", "end", "city", "country", "status", "partner")
            },
            "countries": ";".join(ev["countries"] or []) or None,
            "referenced_only": ev["referenced_only"],
            "theme": ev.get("theme"),
            "sector": ev.get("sector"),
            "sources": _docs(ev["sources"]),
        }
        empty = {
            "person_id": None,
            "person_name": None,
            "person_country": None,
            "role": None,
            "function": None,
            "participant_sources": None,
        }
        if not ev["participants"]:
            rows.append({**base, **empty})
        for p in ev["participants"]:
            rows.append(
                {
                    **base,
                    "person_id": p["person"],
                    "person_name": p["name"],
                    "person_country": p["country"],
                    "role": p["role"],
                    "function": p["function"],
                    "participant_sources": _docs(p["sources"]),
                }
            )
    return rows


def _csv(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("" if v is None else v) for k, v in r.items()})
    return buf.getvalue()


def _parquet(rows: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = {"ordinal": pa.int32(), "referenced_only": pa.bool_()}
    schema = pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])
    table = pa.Table.from_pylist(rows, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink)
    return sink.getvalue().to_pybytes()


# --- iCalendar (RFC 5545) -----------------------------------------------------------------------

_KEEP_CASE = {
    "ASEAN",
    "EAS",
    "APT",
    "AMM",
    "FMM",
    "SOM",
    "ARF",
    "ACC",
    "AEM",
    "ADMM",
    "AMRI",
    "AMMDM",
    "AMMTC",
    "SEOM",
    "CPR",
}


def series_label(ev: dict) -> str:
    """A readable name for an event: "ASEAN Summit 43", "ASEAN-US FMM", "Bilateral meeting (PH, VN)"."""
    series = ev.get("series")
    if series:
        code = series.replace("ASEAN+1", f"ASEAN-{ev['partner']}" if ev.get("partner") else "ASEAN+1")
        words = [
            w if w in _KEEP_CASE or len(w) <= 3 or not w.isalpha() else w.capitalize()
            for w in code.split("-")
        ]
        # Keep "ASEAN-US" joined, spell the rest as words.
        label = " ".join(words).replace(f"ASEAN {ev.get('partner')}", f"ASEAN-{ev.get('partner')}")
    else:
        label = f"{(ev.get('kind') or 'other').replace('_', ' ').capitalize()} meeting"
        if ev.get("countries"):
            label += f" ({', '.join(ev['countries'])})"
    if ev.get("ordinal"):
        label += f" {ev['ordinal']}"
    return label


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1)."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1  # continuation lines start with one space, which counts
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _day(value: str | None) -> date | None:
    if value and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def ical(session: Session) -> str:
    """Events with a known day as VEVENTs (all-day, DTEND exclusive)."""
    stamp_dt = session.scalar(select(func.max(Document.ingested_at))) or datetime(2000, 1, 1)
    stamp = stamp_dt.strftime("%Y%m%dT%H%M%SZ")  # the store's last write: stable across exports
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Chancery//ASEAN record//EN", "CALSCALE:GREGORIAN"]
    for ev in record_events(session):
        start = _day(ev["start"])
        if start is None:
            continue
        end = _day(ev["end"])
        if end is None or end < start:
            end = start
        summary = series_label(ev) + (f" ({ev['status']})" if ev.get("status") else "")
        place = ", ".join(x for x in (ev.get("city"), ev.get("country")) if x)
        desc = [
            f"{p['name']}: {p['function']}" + (f" ({p['role']})" if p.get("role") else "")
            for p in ev["participants"]
        ]
        desc.append("Sources: " + _docs(ev["sources"]))
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ev['id']}@chancery",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{end + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(summary)}",
        ]
        if place:
            lines.append(f"LOCATION:{_escape(place)}")
        lines.append(f"DESCRIPTION:{_escape(chr(10).join(desc))}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
