"""Files -> SourceDoc | Rejection.

`read_paths` walks files and folders (recursively, sorted, skipping hidden entries), decodes
each file and dispatches on its extension. Nothing raises on bad input: every problem becomes
a `Rejection` with a reason, so a batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from chancery.document import Rejection, SourceDoc
from chancery.readers.encoding import DecodeError, decode
from chancery.readers.feed import read_feed
from chancery.readers.html import read_html
from chancery.readers.jsonl import read_jsonl
from chancery.readers.wire import read_wire

__all__ = ["read_paths", "read_file", "decode", "DecodeError", "FORMATS"]

# extension -> format; "" is a file without extension (wire files often have none)
FORMATS: dict[str, str] = {
    "": "wire",
    ".txt": "wire",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _walk(paths: Iterable[str | Path]) -> Iterator[Path | Rejection]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not _hidden(f, path):
                    yield f
        elif path.is_file():
            yield path
        elif path.exists():
            yield Rejection(str(path), "not a regular file")
        else:
            yield Rejection(str(path), "no such file or directory")


def read_file(path: str | Path) -> Iterator[SourceDoc | Rejection]:
    """Read one file (any supported format)."""
    path = Path(path)
    ext = path.suffix.lower()
    fmt = FORMATS.get(ext)
    if fmt is None:
        yield Rejection(str(path), f"unsupported file type {ext}")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Rejection(str(path), f"unreadable file: {exc.strerror or exc}")
        return
    if not data.strip():
        yield Rejection(str(path), "empty file")
        return
    try:
        text, encoding = decode(data)
    except DecodeError as exc:
        yield Rejection(str(path), exc.reason)
        return
    if not text.strip(" \t\r\n\ufeff\x00"):
        yield Rejection(str(path), "empty file")  # e.g. a lone BOM, or UTF-16 whitespace
        return
    if fmt == "wire":
        doc = read_wire(path, text, encoding)
        yield doc if doc.text.strip() else Rejection(str(path), "empty file")
    elif fmt == "html":
        yield read_html(path, text, encoding)
    elif fmt == "jsonl":
        yield from read_jsonl(path, text, encoding)
    else:
        yield from read_feed(path, text, encoding)


def read_paths(paths: Iterable[str | Path]) -> Iterator[SourceDoc | Rejection]:
    """Every article found under `paths` (files or folders), or why a file was refused."""
    for item in _walk(paths):
        if isinstance(item, Rejection):
            yield item
        else:
            yield from read_file(item)
