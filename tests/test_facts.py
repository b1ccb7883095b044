"""Facts: the EXAMPLES of the FR and EN rules, spans, captions, and the seed articles."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from chancery.document import Article, Fact, SourceDoc, Span
from chancery.extract.facts import find_facts, fold_keep_length

LANGS = ("fr", "en")


def _examples(name: str) -> list[tuple[str, str, object]]:
    return [
        (lang, phrase, expected)
        for lang in LANGS
        for phrase, expected in getattr(importlib.import_module(f"chancery.rules.{lang}.facts"), name).items()
    ]


def article(text: str, lang: str, year: int | None = 2024, captions: list[Span] | None = None) -> Article:
    a = Article(source=SourceDoc("t", "t.txt", "wire", text, text), text=text, lang=lang)
    a.reference_year = year
    a.captions = captions or []
    return a


def facts(text: str, lang: str, kind: str, year: int | None = 2024) -> list[Fact]:
    return [f for f in find_facts(article(text, lang, year)) if f.kind == kind]


@pytest.mark.parametrize(("lang", "phrase", "expected"), _examples("CHAIR_EXAMPLES"))
def test_chair_examples(lang: str, phrase: str, expected: tuple[str, int | None]) -> None:
    code, year = expected
    got = facts(phrase, lang, "chair", year=2024)
    assert [(f.value, f.country) for f in got] == [(code, code)]
    if year is not None:
        assert got[0].year == year
    else:  # implied: the article's year, or the one beside it whose chair the table names
        assert got[0].year in (2023, 2024, 2025)


def test_chair_year_implied_by_the_article() -> None:
    text = "organisées par le Vietnam depuis qu'il a pris, le 1er janvier, la présidence de l'ASEAN"
    [f] = facts(text, "fr", "chair", year=2020)
    assert (f.value, f.year) == ("VN", 2020)
    [f] = facts(
        "2025 will be a milestone year: Malaysia takes over the ASEAN Chairmanship.", "en", "chair", 2024
    )
    assert (f.value, f.year) == ("MY", 2025)  # the chairs table: Malaysia's turn is the next year


def test_chaired_by_is_not_the_asean_chair() -> None:
    assert facts("La réunion s'est tenue sous la présidence du vice-ministre du Laos.", "fr", "chair") == []
    assert facts("The meeting was chaired by the Lao foreign minister.", "en", "chair") == []


@pytest.mark.parametrize(("lang", "phrase", "expected"), _examples("THEME_EXAMPLES"))
def test_theme_examples(lang: str, phrase: str, expected: str) -> None:
    got = facts(phrase, lang, "theme")
    assert [f.value for f in got] == [expected]
    assert phrase[got[0].span.start : got[0].span.end] == expected


def test_theme_takes_the_chair_year() -> None:
    text = (
        "Laos holds the ASEAN Chairmanship in 2024. The ministers discussed the priorities of "
        'the Lao chairmanship, whose theme is "ASEAN: Enhancing Connectivity and Resilience".'
    )
    [theme] = facts(text, "en", "theme", year=2023)
    assert (theme.year, theme.country) == (2024, "LA")


@pytest.mark.parametrize(("lang", "phrase", "expected"), _examples("COUNT_EXAMPLES"))
def test_count_examples(lang: str, phrase: str, expected: str) -> None:
    got = facts(phrase, lang, "count")
    assert [f.value for f in got] == [expected]
    assert any(c.isdigit() for c in got[0].value)  # the number is in the value


def test_count_ignores_years_ordinals_and_countries() -> None:
    assert facts("Les 10 pays membres et le 43e Sommet de 2023.", "fr", "count") == []
    assert facts("the 44th and 45th ASEAN Summits, 2 ministers", "en", "count") == []


@pytest.mark.parametrize(("lang", "phrase", "expected"), _examples("DOCUMENT_EXAMPLES"))
def test_document_examples(lang: str, phrase: str, expected: list[str]) -> None:
    assert [f.value for f in facts(phrase, lang, "document")] == expected


def test_one_fact_per_document_first_mention() -> None:
    text = (
        "the Code of Conduct (COC) in the East Sea. The COC should be effective. The Code of Conduct matters."
    )
    [f] = facts(text, "en", "document")
    assert f.span == Span(4, 4 + len("Code of Conduct"))


def test_document_year_from_its_date() -> None:
    text = "la Conclusion n°59-KL/TW du 8 août 2023 sur les orientations"
    [f] = facts(text, "fr", "document")
    assert (f.value, f.year) == ("Conclusion n°59-KL/TW", 2023)
    assert text[f.span.start : f.span.end] == "Conclusion n°59-KL/TW"


@pytest.mark.parametrize("kind", ["chair", "theme", "count", "document"])
@pytest.mark.parametrize("lang", LANGS)
def test_spans_point_into_the_text_and_never_overlap(lang: str, kind: str) -> None:
    for name in ("CHAIR_EXAMPLES", "THEME_EXAMPLES", "COUNT_EXAMPLES", "DOCUMENT_EXAMPLES"):
        for phrase in getattr(importlib.import_module(f"chancery.rules.{lang}.facts"), name):
            got = facts(phrase, lang, kind)
            for f in got:
                assert 0 <= f.span.start < f.span.end <= len(phrase)
                assert phrase[f.span.start : f.span.end].strip() == phrase[f.span.start : f.span.end]
            for i, a in enumerate(got):
                assert not any(a.span.overlaps(b.span) for b in got[i + 1 :])


def test_no_facts_in_captions() -> None:
    body = "Près de 80 représentants ont participé à la réunion sous le thème « ASEAN unie »."
    caption = "Plus de 80 délégués lors de la Déclaration de Hanoï sur la paix. Photo: VNA"
    text = body + "\n\n" + caption
    a = article(text, "fr", captions=[Span(len(body) + 2, len(text))])
    got = find_facts(a)
    assert {(f.kind, f.value) for f in got} == {
        ("count", "près de 80 représentants"),
        ("theme", "ASEAN unie"),
    }
    assert all(f.span.end <= len(body) for f in got)


def test_fold_keeps_length() -> None:
    text = "Vision de la Communauté de l’ASEAN – Đà Nẵng"
    assert len(fold_keep_length(text)) == len(text)
    assert fold_keep_length(text) == "vision de la communaute de l'asean - da nang"


def test_other_languages_have_no_facts() -> None:
    assert find_facts(article("Laos holds the ASEAN Chairmanship in 2024.", "other")) == []


# --- the seed articles (read-only shared corpus) ---------------------------------------------

SEEDS = Path("/work/shared/corpus/seeds")


@pytest.fixture(scope="module")
def seed_facts() -> list[Fact]:
    if not SEEDS.is_dir():
        pytest.skip("no shared corpus")
    from chancery.clean import clean
    from chancery.document import SourceDoc as Doc
    from chancery.extract.pipeline import extract
    from chancery.readers import read_paths

    out: list[Fact] = []
    for doc in read_paths(sorted(SEEDS.glob("*.txt"))):
        if isinstance(doc, Doc):
            a = extract(clean(doc))
            for f in a.facts:
                assert a.text[f.span.start : f.span.end]  # spans are valid in the clean text
                assert not a.in_caption(f.span)
            out.extend(a.facts)
    return out


def test_seed_chair(seed_facts: list[Fact]) -> None:
    assert any(f.kind == "chair" and f.value == "LA" and f.year == 2024 for f in seed_facts)


def test_seed_theme(seed_facts: list[Fact]) -> None:
    themes = [f for f in seed_facts if f.kind == "theme"]
    assert [t.value for t in themes] == ["ASEAN : Promouvoir la connectivité et l'autonomie"]
    assert (themes[0].year, themes[0].country) == (2024, "LA")


def test_seed_documents_and_counts(seed_facts: list[Fact]) -> None:
    docs = {f.value for f in seed_facts if f.kind == "document"}
    assert {"Conclusion n°59-KL/TW", "ASEAN Community Vision 2045"} <= docs
    counts = {f.value for f in seed_facts if f.kind == "count"}
    assert "près de 80 représentants" in counts
