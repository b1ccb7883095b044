from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from chancery.document import Rejection, SourceDoc
from chancery.readers import read_paths
from chancery.readers.encoding import DecodeError, decode
from chancery.readers.wire import normalise_date, split_date_line

FR = "Hanoï (VNA) – Le vice-ministre a présidé la réunion « ASEAN » à l’hôtel. -VNA\n"


def _read(*paths: Path | str) -> list[SourceDoc | Rejection]:
    return list(read_paths(paths))


# --- encoding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (FR.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + FR.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + FR.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + FR.encode("utf-16-be"), "utf-16-be"),
        (FR.encode("utf-16-le"), "utf-16-le"),  # no BOM: found by the NUL pattern
        (FR.encode("utf-16-be"), "utf-16-be"),
        (FR.encode("cp1252"), "cp1252"),  # ’ « » – are in 0x80-0x9F... or above
        ("Hanoï, été, à l'hôtel\n".encode("latin-1"), "latin-1"),
    ],
)
def test_decode_encodings(data: bytes, name: str) -> None:
    text, enc = decode(data)
    assert enc == name
    assert text.lstrip("\ufeff").startswith(("Hanoï", "Hanoï,"))


def test_decode_cp1252_quotes_are_characters_not_controls() -> None:
    text, enc = decode("l’ASEAN – “ok” €".encode("cp1252"))
    assert enc == "cp1252"
    assert text == "l’ASEAN – “ok” €"


def test_decode_c1_hole_is_not_cp1252() -> None:
    # 0x81 is undefined in cp1252: such a file is in some other code page (left to the fallback)
    _, enc = decode(b"caf\xe9 \x81 ok")
    assert enc not in ("cp1252", "utf-8")


def test_decode_binary_is_rejected() -> None:
    with pytest.raises(DecodeError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\xff\x00\x10")


def test_decode_control_garbage_is_undecodable() -> None:
    with pytest.raises(DecodeError, match="undecodable text"):
        decode(bytes(range(1, 9)) * 50)


# --- wire ---------------------------------------------------------------------------------------


def test_date_line_on_its_own_line() -> None:
    assert split_date_line(" date 2024-01-29\nLuang Prabang (VNA) - Texte.") == (
        "2024-01-29",
        "Luang Prabang (VNA) - Texte.",
    )


def test_date_line_glued_to_first_sentence() -> None:
    assert split_date_line(" date 2024-01 Luang Prabang (VNA) - Texte.") == (
        "2024-01",
        "Luang Prabang (VNA) - Texte.",
    )


@pytest.mark.parametrize(
    "text", ["Hanoi (VNA) - no date line", " date 2024-13 bad month", " date 20240101 x"]
)
def test_no_or_invalid_date_line(text: str) -> None:
    assert split_date_line(text) == (None, text)


def test_wire_file(tmp_path: Path) -> None:
    f = tmp_path / "art-01.txt"
    f.write_text(" date 2024-12 Hanoï (VNA) - La réunion.\n", encoding="utf-8")
    (doc,) = _read(f)
    assert isinstance(doc, SourceDoc)
    assert (doc.doc_id, doc.fmt, doc.published, doc.encoding) == ("art-01", "wire", "2024-12", "utf-8")
    assert doc.text == "Hanoï (VNA) - La réunion.\n"
    assert doc.raw.startswith(" date 2024-12")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252", "latin-1"])
def test_wire_file_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "noext"  # no extension: a wire file too
    f.write_bytes(" date 2023-08-19\nSemarang (VNA) - Réunion de l'AEM à Java.".encode(encoding))
    (doc,) = _read(f)
    assert isinstance(doc, SourceDoc), doc
    assert doc.published == "2023-08-19"
    assert doc.text == "Semarang (VNA) - Réunion de l'AEM à Java."


# --- rejections and walking ---------------------------------------------------------------------


def test_rejections(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# notes")
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n")
    (tmp_path / "bin.txt").write_bytes(b"abc\x00\x01\x02\x00\xff\xfe\x00")
    reasons = {Path(r.path).name: r.reason for r in _read(tmp_path) if isinstance(r, Rejection)}
    assert reasons == {
        "README.md": "unsupported file type .md",
        "pic.png": "unsupported file type .png",
        "empty.txt": "empty file",
        "blank.txt": "empty file",
        "bin.txt": "binary file (NUL bytes)",
    }


def test_missing_path_is_a_rejection(tmp_path: Path) -> None:
    (r,) = _read(tmp_path / "nope.txt")
    assert isinstance(r, Rejection) and "no such file" in r.reason


def test_folders_are_recursive_sorted_and_skip_hidden(tmp_path: Path) -> None:
    for rel in ["b.txt", "a.txt", "sub/c.txt", ".git/x.txt", "sub/.hidden.txt", ".dir/d.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Hanoi (VNA) - Text.")
    ids = [d.doc_id for d in _read(tmp_path) if isinstance(d, SourceDoc)]
    assert ids == ["a", "b", "c"]


# --- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html lang="fr-FR"><head><title>Titre du site | Le Site</title>
<meta property="article:published_time" content="2024-10-09T23:30:00+07:00">
<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "Titre JSON-LD",
 "datePublished": "2024-10-08"}]}</script></head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/a">Le 31e Forum régional de l'ASEAN</a></li></ul></nav>
<article><h1>Titre JSON-LD</h1>
<p>Vientiane (VNA) - Les 44e et 45e Sommets de l'ASEAN se sont ouverts mercredi à Vientiane, sous la
présidence du Premier ministre laotien, en présence des dirigeants des pays membres.</p>
<p>Le Premier ministre vietnamien conduit la délégation de haut niveau, qui comprend aussi le
vice-Premier ministre et ministre des Affaires étrangères du pays. -VNA</p></article>
<aside class="related"><h2>Articles liés</h2><ul><li><a href="/b">Ouverture du 57e AMM à Vientiane</a></li>
<li><a href="/c">Le 43e Sommet de l'ASEAN à Jakarta</a></li></ul></aside>
<footer><p>© 2024 Le Site. Tous droits réservés.</p></footer></body></html>"""


def test_html_reader(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    (doc,) = _read(f)
    assert isinstance(doc, SourceDoc)
    assert doc.fmt == "html" and doc.lang == "fr"
    assert doc.published == "2024-10-09"  # local date as written, not UTC
    assert doc.title == "Titre JSON-LD"
    assert doc.text.startswith("Vientiane (VNA) - Les 44e")
    assert "\n\nLe Premier ministre vietnamien" in doc.text
    for junk in ("Accueil", "31e Forum", "57e AMM", "43e Sommet", "droits réservés"):
        assert junk not in doc.text


def test_html_without_article_text(tmp_path: Path) -> None:
    f = tmp_path / "empty.htm"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (r,) = _read(f)
    assert isinstance(r, Rejection) and r.reason == "no article text found in HTML"


def test_dev13_html_keeps_only_the_article(shared_corpus: Path) -> None:
    (doc,) = _read(shared_corpus / "dev" / "dev-13.html")
    assert isinstance(doc, SourceDoc)
    assert doc.published == "2024-10-09" and doc.lang == "en"
    assert doc.title and "Summits" in doc.title
    assert doc.text.startswith("Vientiane (VNA)")
    assert doc.text.rstrip().endswith("-VNA")
    for junk in ("Coordinating Council", "AMM-57", "Economic Ministers", "Most read", "Typhoon",
                 "Tags", "Privacy", "Editorial office", "dataLayer"):
        assert junk not in doc.text, junk


# --- JSON Lines ---------------------------------------------------------------------------------


def test_jsonl_reader_good_and_bad_lines(tmp_path: Path) -> None:
    good = {"id": "a1", "url": "https://x.org/a1", "published": "2025-01-19T08:00:00Z", "lang": "EN",
            "title": "T", "text": "Langkawi (VNA) - Text."}
    lines = [
        json.dumps(good),
        "{not json",
        "[1, 2]",
        json.dumps({"text": "no id"}),
        json.dumps({"id": "x"}),
        json.dumps({"id": "y", "text": "   "}),
        "",
        json.dumps({"id": "b2", "text": "Second."}),
    ]
    f = tmp_path / "feed.ndjson"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _read(f)
    docs = [d for d in out if isinstance(d, SourceDoc)]
    rej = {r.line: r.reason for r in out if isinstance(r, Rejection)}
    assert [d.doc_id for d in docs] == ["a1", "b2"]
    a1 = docs[0]
    assert (a1.published, a1.lang, a1.url, a1.line, a1.fmt) == ("2025-01-19", "en", good["url"], 1, "jsonl")
    assert a1.raw == lines[0]
    assert docs[1].line == 8
    assert rej[2].startswith("invalid JSON")
    assert rej[3].startswith("not a JSON object")
    assert rej == {**rej, 4: "missing id", 5: "missing text", 6: "empty text"}


def test_shared_feed_jsonl(shared_corpus: Path) -> None:
    docs = _read(shared_corpus / "dev" / "feed.jsonl")
    assert [d.doc_id for d in docs if isinstance(d, SourceDoc)] == ["dev-14", "dev-14-dup"]


# --- RSS / Atom ---------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Wire</title><language>en-us</language>
<item><title>Summit opens</title><link>https://x.org/asean/summit-opens.html</link>
<guid isPermaLink="true">https://x.org/asean/summit-opens.html</guid>
<pubDate>Wed, 09 Oct 2024 11:42:00 +0700</pubDate>
<description>Short teaser</description>
<content:encoded><![CDATA[<p>Vientiane (VNA) &#8211; The summit opened.</p>
<p>Leaders met. -VNA</p>]]></content:encoded>
</item>
<item><title>Second</title><guid isPermaLink="false">item-42</guid>
<description>&lt;p&gt;Hanoi (VNA) - A &amp;amp; B met.&lt;/p&gt;</description></item>
<item><title>Empty</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Fil</title>
<entry><title>Réunion</title><id>tag:x.org,2024:1</id><link rel="alternate" href="https://x.org/fr/reunion-1"/>
<published>2024-01-29T10:00:00+07:00</published>
<content type="html">&lt;p&gt;Luang Prabang (VNA) - La réunion.&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_feed(tmp_path: Path) -> None:
    f = tmp_path / "wire.rss"
    f.write_text(RSS, encoding="utf-8")
    out = _read(f)
    docs = [d for d in out if isinstance(d, SourceDoc)]
    assert [d.doc_id for d in docs] == ["summit-opens", "item-42"]
    first = docs[0]
    assert first.text == "Vientiane (VNA) – The summit opened.\n\nLeaders met. -VNA"
    assert (first.published, first.lang, first.title) == ("2024-10-09", "en", "Summit opens")
    assert first.url == "https://x.org/asean/summit-opens.html"
    assert docs[1].text == "Hanoi (VNA) - A & B met."
    (rej,) = [r for r in out if isinstance(r, Rejection)]
    assert rej.reason == "item 3: empty text"


def test_atom_feed(tmp_path: Path) -> None:
    f = tmp_path / "fil.atom"
    f.write_text(ATOM, encoding="utf-8")
    (doc,) = _read(f)
    assert isinstance(doc, SourceDoc)
    assert (doc.doc_id, doc.lang, doc.published, doc.url) == ("reunion-1", "fr", "2024-01-29",
                                                              "https://x.org/fr/reunion-1")
    assert doc.text == "Luang Prabang (VNA) - La réunion."


def test_bad_feed(tmp_path: Path) -> None:
    (tmp_path / "a.xml").write_text("<rss><channel><item>")
    (tmp_path / "b.xml").write_text("<rss><channel></channel></rss>")
    reasons = [r.reason for r in _read(tmp_path) if isinstance(r, Rejection)]
    assert reasons[0].startswith("invalid XML feed") and reasons[1] == "no items in feed"


# --- dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("2024-10-09T23:30:00+07:00", "2024-10-09"),
        ("2024-10", "2024-10"),
        ("2024", "2024"),
        ("2024-1-5", "2024-01-05"),
        ("Wed, 09 Oct 2024 11:42:00 +0700", "2024-10-09"),
        ("yesterday", None),
        ("2024-13-01", None),
        (None, None),
    ],
)
def test_normalise_date(raw: str | None, iso: str | None) -> None:
    assert normalise_date(raw) == iso
