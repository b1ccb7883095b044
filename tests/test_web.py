"""Server-rendered pages: content, highlighting, escaping, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from chancery.web import create_app  # noqa: E402
from chancery.web.highlight import Mark, segments  # noqa: E402


def test_timeline_lists_meetings_and_draws_a_chart(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "ASEAN Senior Officials" in html and "43rd ASEAN Summit" in html
    assert "<svg" in html and "<rect" in html  # server-side chart
    assert 'href="/events/ev-som"' in html


def test_timeline_filters_with_a_plain_form(client):
    empty = {"series": "", "kind": "", "country": "", "person": ""}
    html = client.get("/", params={"year": "2023", **empty}).text
    assert "43rd ASEAN Summit" in html and "Senior Officials" not in html.split("</form>", 1)[1]
    html = client.get("/", params={"person": "vu ho"}).text
    assert 'href="/events/ev-som"' in html and 'href="/events/ev-summit"' not in html
    html = client.get("/", params={"year": "2024"}).text
    # the chart covers the 12 months of the year: January has two meetings
    assert html.count('class="tick"') == 12


def test_event_page_highlights_the_source_sentences(client):
    html = client.get("/events/ev-som").text
    assert 'href="/people/p-vu-ho"' in html
    assert "led the delegation" in html and "chaired" in html
    assert "Luang Prabang" in html and "2024-01-28" in html
    marks = re.findall(r'<mark class="([^"]*)"[^>]*>([^<]*)</mark>', html)
    assert any("m-part" in cls and text.startswith("L&#39;ambassadeur Vu Ho") for cls, text in marks)
    assert 'href="/events/ev-retreat"' in html and "prepares" in html  # the link


def test_person_page(client):
    html = client.get("/people/p-vu-ho").text
    assert "Vũ Hồ" in html and "chef par intérim de SOM ASEAN Vietnam" in html
    assert 'href="/events/ev-som"' in html and "led the delegation" in html
    assert 'href="/documents/vn-som-2024#s' in html  # titles and meetings link to their sentence


def test_country_page(client):
    html = client.get("/countries/LA").text
    assert "Meetings hosted" in html and 'href="/events/ev-som"' in html
    assert "2024" in html and "Thongphane Savanphet" in html
    assert client.get("/countries/laos").status_code == 200


def test_search_page_finds_accented_text(client):
    html = client.get("/search", params={"q": "hanoi"}).text
    assert 'href="/documents/fr-hanoi-2023"' in html
    assert "<mark>Hanoï</mark>" in html


def test_article_text_is_escaped_everywhere(client):
    for url in ["/documents/fr-hanoi-2023", "/documents/fr-hanoi-2023/raw", "/events/ev-national",
                "/search?q=alert", "/api/reports/VN/2023?format=html"]:
        html = client.get(url).text
        assert "<script>alert(1)</script>" not in html, url
    doc = client.get("/documents/fr-hanoi-2023").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "<script" not in doc  # the app itself needs no script on this page


def test_article_page_marks_people_and_meetings(client):
    html = client.get("/documents/vn-som-2024").text
    assert re.search(r'<mark class="[^"]*m-person[^"]*"[^>]*>Vu Ho</mark>', html)
    assert "m-event" in html and 'href="/documents/vn-som-2024/raw"' in html
    assert 'id="s' in html  # span anchors for the review's and the event page's links


def test_no_external_resources(client):
    for url in ["/", "/events/ev-som", "/people/p-vu-ho", "/countries/VN", "/search?q=asean",
                "/documents/vn-som-2024", "/api/reports/VN/2024?format=html"]:
        html = client.get(url).text
        assert not re.search(r'(src|href)="(https?:)?//', html), url
    assert client.get("/static/style.css").status_code == 200
    assert client.get("/docs").status_code == 404  # Swagger UI would load a CDN


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/?year=abc", 422), ("/?year=1800", 422), ("/?kind=x", 422), ("/?country=Narnia", 422),
        ("/?series=%3Cb%3E", 422), ("/?offset=-5", 422), ("/?offset=abc", 422),
        ("/events/none", 404), ("/people/none", 404), ("/documents/none", 404), ("/documents/none/raw", 404),
        ("/countries/QQ", 404), ("/countries/%3Cscript%3E", 404), ("/nowhere", 404),
        ("/search?q=" + "b" * 300, 422), ("/people?country=zz9", 422),
    ],
)
def test_bad_input_gives_a_clear_html_error(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("text/html")
    assert "<script>" not in r.text and "Back to the timeline" in r.text


def test_garbage_never_500(client):
    junk = ["'", '"', "%00", "%FF", "😀", "1e9", "-1", "..", "../../etc/passwd", "a" * 150, "%C0%AF", "NaN"]
    for j in junk:
        for url in [f"/?year={j}", f"/?series={j}", f"/?country={j}", f"/?person={j}", f"/search?q={j}",
                    f"/api/events?kind={j}", f"/api/search?q={j}", f"/events/{j}", f"/api/people?q={j}"]:
            assert client.get(url).status_code < 500, url


def test_segments_escape_nothing_themselves_and_cover_the_text():
    text = "A <b>B</b> C"
    segs = segments(text, [Mark(2, 10, "event"), Mark(5, 6, "person"), Mark(50, 60, "bad")])
    assert "".join(s.text for s in segs) == text
    assert [s.classes for s in segs] == [[], ["event"], ["event", "person"], ["event"], []]


@pytest.fixture(scope="module")
def examples_client(tmp_path_factory):
    """The app over a store that `chancery ingest examples/` built (the real pipeline)."""
    from typer.testing import CliRunner

    examples = Path(__file__).resolve().parent.parent / "examples"
    if not examples.is_dir():
        pytest.skip("no examples/ folder")
    try:
        from chancery.cli import app as cli
    except ImportError as exc:
        pytest.skip(f"the CLI is not there yet: {exc}")
    db = tmp_path_factory.mktemp("examples") / "ex.db"
    result = CliRunner().invoke(cli, ["ingest", str(examples), "--db", str(db)])
    if result.exit_code != 0 or not db.exists():
        pytest.skip(f"ingest did not run: {result.output[-300:]}")
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        yield c


def test_every_page_of_an_ingested_store_renders(examples_client):
    c = examples_client
    events = c.get("/api/events", params={"limit": 500}).json()["items"]
    assert events, "the examples hold meetings"
    assert c.get("/").status_code == 200
    for e in events:
        assert c.get(f"/events/{e['id']}").status_code == 200, e
    for p in c.get("/api/people", params={"limit": 500}).json()["items"]:
        assert c.get(f"/people/{p['id']}").status_code == 200, p
    for d in c.get("/api/documents", params={"limit": 500}).json()["items"]:
        assert c.get(f"/documents/{d['id']}").status_code == 200, d
        assert c.get(f"/documents/{d['id']}/raw").status_code == 200, d
    for country in c.get("/api/countries").json()["items"]:
        assert c.get(f"/countries/{country['code']}").status_code == 200, country
    years = {e["start"][:4] for e in events if e["start"]}
    for y in years:
        for code in ("VN", "LA", "PH"):
            r = c.get(f"/api/reports/{code}/{y}", params={"format": "md"})
            assert r.status_code == 200 and r.text.startswith("# ")


def test_ingested_event_sources_highlight_their_sentence(examples_client):
    c = examples_client
    for e in c.get("/api/events", params={"limit": 500}).json()["items"]:
        ev = c.get(f"/api/events/{e['id']}").json()
        for s in ev["sources"]:
            text = c.get(f"/api/documents/{s['doc']}").json()["text"]
            assert 0 <= s["start"] < s["end"] <= len(text)
        html = c.get(f"/events/{e['id']}").text
        assert "<mark" in html


def test_event_titles_name_the_series_or_else_the_body():
    from chancery.web.labels import event_title

    assert event_title("AMM", "ministerial", 57) == "57th ASEAN Foreign Ministers' Meeting (AMM)"
    assert event_title(None, "other", 44, sector="AIPA") == "44th AIPA"
    assert event_title(None, "other", 44, lang="fr", sector="AIPA") == "44e AIPA"
    assert event_title(None, "bilateral", None, countries=["LA", "VN"]) == "Bilateral LA–VN"
