"""JSON Lines: one article per line with id, url, published, lang, title, text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from chancery.document import Rejection, SourceDoc
from chancery.readers.wire import normalise_date


def _opt_str(value: object) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def read_jsonl(path: str | Path, text: str, encoding: str = "utf-8") -> Iterator[SourceDoc | Rejection]:
    path_s = str(path)
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue  # blank lines are layout, not bad records
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejection(path_s, f"invalid JSON: {exc.msg}", line=lineno)
            continue
        if not isinstance(obj, dict):
            yield Rejection(path_s, f"not a JSON object ({type(obj).__name__})", line=lineno)
            continue
        doc_id = _opt_str(obj.get("id"))
        if doc_id is None:
            yield Rejection(path_s, "missing id", line=lineno)
            continue
        body = obj.get("text")
        if body is None:
            yield Rejection(path_s, "missing text", line=lineno)
            continue
        if not isinstance(body, str):
            yield Rejection(path_s, "text is not a string", line=lineno)
            continue
        if not body.strip():
            yield Rejection(path_s, "empty text", line=lineno)
            continue
        lang = _opt_str(obj.get("lang"))
        yield SourceDoc(
            doc_id=doc_id,
            path=path_s,
            fmt="jsonl",
            raw=line,
            text=body,
            published=normalise_date(_opt_str(obj.get("published"))),
            title=_opt_str(obj.get("title")),
            url=_opt_str(obj.get("url")),
            lang=lang.lower() if lang else None,
            encoding=encoding,
            line=lineno,
        )
