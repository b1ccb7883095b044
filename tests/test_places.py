"""Places: the EXAMPLES of the FR and EN rules, spans, dateline resolution."""

from __future__ import annotations

import importlib
import time

import pytest

from chancery.document import Article, SourceDoc
from chancery.extract.places import find_places, find_places_in, fold_keep_length, resolve_place

CASES = [
    (lang, phrase, expected)
    for lang in ("fr", "en")
    for phrase, expected in importlib.import_module(f"chancery.rules.{lang}.places").EXAMPLES.items()
]


def article(text: str, lang: str) -> Article:
    return Article(source=SourceDoc("t", "t.txt", "wire", text, text), text=text, lang=lang)


@pytest.mark.parametrize(("lang", "phrase", "expected"), CASES)
def test_rule_examples(lang: str, phrase: str, expected: list[tuple]) -> None:
    got = [(m.text, m.city, m.country, m.kind) for m in find_places(article(phrase, lang))]
    assert got == expected


@pytest.mark.parametrize(("lang", "phrase", "expected"), CASES)
def test_spans_point_into_the_text(lang: str, phrase: str, expected: list[tuple]) -> None:
    for m in find_places_in(phrase, lang):
        assert phrase[m.span.start : m.span.end] == m.text


def test_fold_keeps_length() -> None:
    text = "Đà Nẵng – l’ASEAN à Hà Nội"
    assert len(fold_keep_length(text)) == len(text)
    assert fold_keep_length(text) == "da nang - l'asean a ha noi"


def test_spans_after_accented_text() -> None:
    text = "Réunion élargie à Vientiane, puis à Hô Chi Minh-Ville."
    found = {m.text: (m.span.start, m.span.end) for m in find_places_in(text, "fr")}
    assert found["Vientiane"] == (text.index("Vientiane"), text.index("Vientiane") + len("Vientiane"))
    start = text.index("Hô Chi")
    assert found["Hô Chi Minh-Ville"] == (start, start + len("Hô Chi Minh-Ville"))


def test_lower_case_words_are_not_places() -> None:
    assert find_places_in("a different hue of blue, and bali in lower case", "en") == []


def test_dateline_cities_and_provinces() -> None:
    assert resolve_place("Hanoï") == ("Hanoi", "VN")
    assert resolve_place("Hà Nội") == ("Hanoi", "VN")
    assert resolve_place("Khanh Hoa") == (None, "VN")
    assert resolve_place("Luang Prabang") == ("Luang Prabang", "LA")
    assert resolve_place("Jakarta (VNA)") == ("Jakarta", "ID")
    assert resolve_place("Bruxelles") == ("Brussels", "BE")
    assert resolve_place("Laos") == (None, "LA")
    assert resolve_place("Nowhere") == (None, None)
    assert resolve_place(None) == (None, None)


def test_unknown_city_with_a_cue() -> None:
    got = find_places_in("the Indonesian city of Balikpapan", "en")
    assert [(m.text, m.city, m.country) for m in got] == [("Balikpapan", "Balikpapan", "ID")]


def test_venue_takes_the_country_after_it() -> None:
    got = find_places_in("au Centre national des congrès du Laos", "fr")
    assert [(m.kind, m.country) for m in got][0] == ("venue", "LA")


def test_fast_enough() -> None:
    text = ("Le 24e sommet s'est tenu à Vientiane, la capitale laotienne, au Laos. " * 200).strip()
    find_places_in("warm up", "fr")
    t0 = time.perf_counter()
    found = find_places_in(text, "fr")
    assert len(found) == 600
    assert time.perf_counter() - t0 < 1.0
