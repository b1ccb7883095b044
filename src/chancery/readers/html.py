"""HTML pages: the article's main text through trafilatura, metadata from the page head.

Navigation, tickers, related links, "most read", tags and footers name other meetings, so
only trafilatura's main content is kept (no comments, no tables, no links).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import lxml.etree as etree
import lxml.html
import trafilatura

from chancery.document import Rejection, SourceDoc
from chancery.readers.wire import normalise_date

NO_TEXT = "no article text found in HTML"


def _jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members included."""
    out: list[dict[str, Any]] = []
    for node in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(node.text_content() or "")
        except (json.JSONDecodeError, ValueError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, dict):
                out.append(obj)
                graph = obj.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
            elif isinstance(obj, list):
                stack.extend(obj)
    return out


def _meta(tree: Any, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            vals = tree.xpath(f'//meta[@{attr}="{key}"]/@content')
            for v in vals:
                if v and v.strip():
                    return v.strip()
    return None


def _first_str(objs: list[dict[str, Any]], key: str) -> str | None:
    for obj in objs:
        val = obj.get(key)
        if isinstance(val, dict):  # inLanguage may be {"@type": "Language", "name": ...}
            val = val.get("alternateName") or val.get("name")
        if isinstance(val, str) and val.strip():
            return val.strip()
    return None


_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")  # "Headline | Site name"


def page_metadata(html: str) -> dict[str, str | None]:
    """title, published (ISO), lang (2 letters), url from meta tags, JSON-LD and <time>."""
    try:
        tree = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return {"title": None, "published": None, "lang": None, "url": None}
    objs = _jsonld_objects(tree)

    title = _meta(tree, "og:title", "twitter:title") or _first_str(objs, "headline")
    if not title:
        t = tree.findtext(".//title")
        if t and t.strip():
            title = _TITLE_SUFFIX.sub("", " ".join(t.split()))

    date_raw = (
        _meta(tree, "article:published_time", "datePublished", "pubdate", "date")
        or _first_str(objs, "datePublished")
        or next(iter(tree.xpath("//time/@datetime")), None)
    )

    lang = tree.get("lang") or _first_str(objs, "inLanguage") or _meta(tree, "og:locale")
    if lang:
        lang = re.split(r"[-_]", lang.strip())[0].lower() or None

    url = next(iter(tree.xpath('//link[@rel="canonical"]/@href')), None) or _meta(tree, "og:url")
    return {"title": title, "published": normalise_date(date_raw), "lang": lang, "url": url}


_BLOCKS = {"p", "head", "quote", "item", "code"}


def main_text(html: str) -> str:
    """The article body as paragraphs separated by blank lines ('' when none is found)."""
    xml = trafilatura.extract(
        html,
        output_format="xml",
        include_comments=False,
        include_tables=False,
        include_links=False,
        include_images=False,
    )
    if not xml:
        return ""
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    if main is None:
        main = root
    paras: list[str] = []
    for el in main.iter():
        if el.tag not in _BLOCKS:
            continue
        if any(a.tag in _BLOCKS for a in el.iterancestors()):
            continue  # already taken with its block ancestor
        for lb in el.iter("lb"):  # trafilatura's <lb/> is a line break inside a block
            lb.tail = "\n" + (lb.tail or "")
        txt = "".join(el.itertext()).strip()
        if txt:
            paras.append(txt)
    return "\n\n".join(paras)


def read_html(path: str | Path, text: str, encoding: str = "utf-8") -> SourceDoc | Rejection:
    path = Path(path)
    body = main_text(text)
    if not body.strip():
        return Rejection(str(path), NO_TEXT)
    meta = page_metadata(text)
    # The headline often comes back as the first block; the text should open on the body
    # (the dateline is looked for at its start) and the title is kept apart anyway.
    first, _, rest = body.partition("\n\n")
    if meta["title"] and rest and " ".join(first.split()).casefold() == meta["title"].casefold():
        body = rest
    return SourceDoc(
        doc_id=path.stem,
        path=str(path),
        fmt="html",
        raw=text,
        text=body,
        published=meta["published"],
        title=meta["title"],
        url=meta["url"],
        lang=meta["lang"],
        encoding=encoding,
    )


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote",
               "tr", "section", "article", "ul", "ol", "table", "figure"}


def fragment_to_text(fragment: str) -> str:
    """Text of an HTML fragment (an RSS description), blocks as blank-line paragraphs."""
    if "<" not in fragment:
        return fragment.strip()  # plain text (entities were already decoded by the XML parser)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el: Any) -> None:
        block = isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS
        if block:
            parts.append("\n\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n\n")

    walk(root)
    text = "".join(parts)
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)
