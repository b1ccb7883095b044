"""RSS 2.0 and Atom feeds: one SourceDoc per item/entry (stdlib xml.etree).

Items carry title, link, pubDate/published and description or content:encoded; the HTML in
them is turned to text.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from chancery.document import Rejection, SourceDoc
from chancery.readers.html import fragment_to_text
from chancery.readers.wire import normalise_date


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el: ET.Element, *names: str) -> str | None:
    """Text of the first child whose local name (or prefix:name form) matches, in `names` order."""
    for name in names:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            full = "content:encoded" if tag.endswith("}encoded") and "content" in tag else _local(tag)
            if full == name:
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return None


def _link(el: ET.Element) -> str | None:
    for child in el:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")  # Atom: <link rel="alternate" href="..."/>
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if child.text and child.text.strip():
            return child.text.strip()
    return None


_SAFE_ID = re.compile(r"^[\w.:-]{1,80}$")


def _doc_id(stem: str, index: int, guid: str | None, link: str | None) -> str:
    """A stable id: the guid when it is a short token, else the link's slug, else stem-N."""
    if guid and _SAFE_ID.match(guid) and not guid.startswith(("http:", "https:")):
        return guid
    for cand in (guid, link):
        if cand:
            slug = cand.rstrip("/").rsplit("/", 1)[-1]
            slug = re.sub(r"\.(html?|php|aspx?)$", "", slug.split("?")[0])
            if slug and _SAFE_ID.match(slug):
                return slug
    return f"{stem}-{index}"


def read_feed(path: str | Path, text: str, encoding: str = "utf-8") -> Iterator[SourceDoc | Rejection]:
    path = Path(path)
    # ElementTree refuses str input that still declares an encoding; the text is decoded already.
    body = re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        yield Rejection(str(path), f"invalid XML feed: {exc}")
        return
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        yield Rejection(str(path), "no items in feed")
        return
    chan_lang = None
    for el in root.iter():
        if _local(el.tag) == "language" and el.text:
            chan_lang = el.text.strip()
            break
    chan_lang = chan_lang or root.get("{http://www.w3.org/XML/1998/namespace}lang")

    for i, item in enumerate(items, start=1):
        content = _child_text(item, "content:encoded", "content", "description", "summary")
        plain = fragment_to_text(content) if content else ""
        if not plain.strip():
            yield Rejection(str(path), f"item {i}: empty text")
            continue
        guid = _child_text(item, "guid", "id")
        link = _link(item)
        lang = item.get("{http://www.w3.org/XML/1998/namespace}lang") or chan_lang
        yield SourceDoc(
            doc_id=_doc_id(path.stem, i, guid, link),
            path=str(path),
            fmt="html",  # the item text is HTML turned to text; SourceDoc has no "feed" format
            raw=ET.tostring(item, encoding="unicode"),
            text=plain,
            published=normalise_date(_child_text(item, "pubDate", "published", "date", "updated")),
            title=_child_text(item, "title"),
            url=link,
            lang=re.split(r"[-_]", lang.strip())[0].lower() if lang else None,
            encoding=encoding,
        )
