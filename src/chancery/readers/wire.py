"""Wire files: plain text with an optional ` date YYYY-MM[-DD]` first line.

The date line may stand alone or be glued to the first sentence on the same line
(` date 2024-01 Luang Prabang (VNA) - ...`).
"""

from __future__ import annotations

import re
from pathlib import Path

from chancery.document import SourceDoc

# Leading space is the norm but tolerated missing; the date may be followed by the newline or
# directly by the article's first words.
_DATE_LINE = re.compile(r"\A[ \t]*date[ \t]+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])[ \t]*(?:\r\n|\r|\n)?",
                        re.IGNORECASE)


def split_date_line(text: str) -> tuple[str | None, str]:
    """(published, rest) when `text` starts with a valid date line, else (None, text)."""
    m = _DATE_LINE.match(text.lstrip("\ufeff"))
    if not m:
        return None, text
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not 1 <= int(month) <= 12 or (day is not None and not 1 <= int(day) <= 31):
        return None, text
    published = f"{year}-{month}" + (f"-{day}" if day else "")
    return published, text.lstrip("\ufeff")[m.end() :]


def read_wire(path: str | Path, text: str, encoding: str = "utf-8") -> SourceDoc:
    path = Path(path)
    published, body = split_date_line(text)
    return SourceDoc(
        doc_id=path.stem,
        path=str(path),
        fmt="wire",
        raw=text,
        text=body,
        published=published,
        encoding=encoding,
    )


_ISO = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\S*)?\s*$")


def normalise_date(value: str | None) -> str | None:
    """An ISO date at its precision (YYYY, YYYY-MM, YYYY-MM-DD) from ISO or RFC 2822 text.

    The calendar date is kept as written (no conversion to UTC): a story published at
    00:30+07:00 belongs to that local day.
    """
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        year, month, day = m.group(1), m.group(2), m.group(3)
        if month is None:
            return year
        if not 1 <= int(month) <= 12:
            return None
        if day is None:
            return f"{year}-{int(month):02d}"
        if not 1 <= int(day) <= 31:
            return None
        return f"{year}-{int(month):02d}-{int(day):02d}"
    from email.utils import parsedate_to_datetime

    try:
        dt = parsedate_to_datetime(value.strip())  # RSS pubDate
    except (TypeError, ValueError, IndexError):
        return None
    return dt.date().isoformat() if dt else None
