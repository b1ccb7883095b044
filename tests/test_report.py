"""The yearly review: content, languages, formats, sources."""

from __future__ import annotations

import re

import pytest

from chancery.report import PdfUnavailable, build_report


@pytest.fixture
def session(web_store):
    from chancery.store.db import open_store

    factory = open_store(web_store)
    with factory() as s:
        yield s
    factory.kw["bind"].dispose()


def test_vietnam_2024_in_french_names_the_som_the_retreat_the_person_and_the_function(session):
    md = build_report(session, "VN", 2024, lang="fr", fmt="md")
    assert md.startswith("# Vietnam dans l'ASEAN : l'année 2024")
    assert "Réunion des hauts fonctionnaires de l'ASEAN (SOM) — 2024-01-28 — Luang Prabang, Laos" in md
    assert "Réunion restreinte des ministres des Affaires étrangères de l'ASEAN" in md
    vu_ho = next(line for line in md.splitlines() if "Vu Ho" in line)
    assert "a conduit la délégation" in vu_ho and "SOM" in vu_ho
    assert "(/documents/vn-som-2024#s" in vu_ho  # its source, to the sentence
    assert "Présidence de l'ASEAN en 2024 : Laos" in md
    assert "Chair's Statement" in md  # a document cited by an article on its meetings
    assert "2023" not in md.split("## En bref", 1)[1].split("_Produit", 1)[0].replace("2024", "")


def test_levels_are_grouped(session):
    md = build_report(session, "VN", 2024, lang="fr", fmt="md")
    assert md.index("### Réunions ministérielles") < md.index("### Réunions des hauts fonctionnaires")
    assert "### Sommets" not in md


def test_english_and_html(session):
    html = build_report(session, "VN", 2024, lang="en", fmt="html")
    assert "<title>Vietnam in ASEAN: the year 2024</title>" in html
    assert "led the delegation" in html and 'href="/documents/vn-som-2024#s' in html
    assert "<style>" in html and not re.search(r'(src|href)="(https?:)?//', html)
    linked = build_report(session, "VN", 2024, lang="en", fmt="html", base_url="http://localhost:8000")
    assert 'href="http://localhost:8000/documents/vn-som-2024#s' in linked


def test_chair_country_sees_what_it_chaired_and_hosted(session):
    md = build_report(session, "LA", 2024, lang="en", fmt="md")
    section = md.split("## Meetings it chaired or hosted", 1)[1].split("##", 1)[0]
    assert "Senior Officials" in section and "Retreat" in section and "chaired, hosted" in section
    assert "Renforcer la connectivité et la résilience" in md  # the theme it stated


def test_text_from_articles_is_escaped(session):
    html = build_report(session, "VN", 2023, lang="fr", fmt="html")
    assert "<script>" not in html
    assert "Do Hung Viet" in html and "a présidé" in html


def test_empty_year_says_so(session):
    md = build_report(session, "SG", 2030, lang="en", fmt="md")
    assert "0 meeting(s) recorded" in md and "Nothing recorded." in md


def test_bad_arguments(session):
    with pytest.raises(ValueError):
        build_report(session, "VN", 2024, lang="de")
    with pytest.raises(ValueError):
        build_report(session, "VN", 2024, fmt="docx")


def test_pdf(session):
    try:
        pdf = build_report(session, "VN", 2024, lang="fr", fmt="pdf")
    except PdfUnavailable as exc:
        pytest.skip(str(exc))
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
