from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chancery.segment import split_sentences


def sents(text: str, lang: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("M. Macron et Mme Dupont sont venus. MM. Son et Viet aussi.", "fr",
         ["M. Macron et Mme Dupont sont venus.", "MM. Son et Viet aussi."]),
        ("Il est né en 500 av. J.-C. La ville fut fondée.", "fr",
         ["Il est né en 500 av. J.-C.", "La ville fut fondée."]),
        ("La Conclusion n° 59 du 8 août. Le texte.", "fr", ["La Conclusion n° 59 du 8 août.", "Le texte."]),
        ("Le Dr. Martin et St. Pierre. Fin.", "fr", ["Le Dr. Martin et St. Pierre.", "Fin."]),
        ("Mr. Son met Dr. Tan at St. Regis on Jan. 5. He left.", "en",
         ["Mr. Son met Dr. Tan at St. Regis on Jan. 5.", "He left."]),
        ("Gen. Lt. Sen. Smith and No. 10 came. They sat.", "en",
         ["Gen. Lt. Sen. Smith and No. 10 came.", "They sat."]),
        ("The U.S. and the U.K. agreed. The U.N. chief spoke.", "en",
         ["The U.S. and the U.K. agreed.", "The U.N. chief spoke."]),
        ("Talks with the U.S. The meeting ended.", "en", ["Talks with the U.S.", "The meeting ended."]),
        ("J.F. Kennedy spoke.", "en", ["J.F. Kennedy spoke."]),
        ("Growth hit 4.5% in 2024. It was 1,000.5 units.", "en",
         ["Growth hit 4.5% in 2024.", "It was 1,000.5 units."]),
        ('He said "We are ready." Then he left.', "en", ['He said "We are ready."', "Then he left."]),
        ("Il a dit : « Nous sommes prêts. » Puis il est parti.", "fr",
         ["Il a dit : « Nous sommes prêts. »", "Puis il est parti."]),
        ("Le Japon et le Canada... a-t-il dit. Fin.", "fr", ["Le Japon et le Canada... a-t-il dit.", "Fin."]),
        ("Le Japon et le Canada... Les délégués sont venus.", "fr",
         ["Le Japon et le Canada...", "Les délégués sont venus."]),
        ("Ready? Yes! Go…", "en", ["Ready?", "Yes!", "Go…"]),
        ("No full stop here\n\nNew paragraph", "en", ["No full stop here", "New paragraph"]),
        ("Leaders met./.", "en", ["Leaders met./."]),
        ("e.g. this and i.e. that. Done.", "en", ["e.g. this and i.e. that.", "Done."]),
    ],
)
def test_split(text: str, lang: str, expected: list[str]) -> None:
    assert sents(text, lang) == expected


def test_spans_are_stripped_and_point_into_text() -> None:
    text = "  First one.   Second one.  \n\n  Third.  "
    spans = split_sentences(text, "en")
    assert [text[s.start : s.end] for s in spans] == ["First one.", "Second one.", "Third."]


@given(st.text(alphabet=st.sampled_from(list("ab .?!\n«»\"MU.S5")), max_size=80))
def test_spans_are_ordered_disjoint_and_trimmed(text: str) -> None:
    prev = 0
    for s in split_sentences(text, "fr"):
        assert prev <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert "\n" not in text[s.start : s.end]
        prev = s.end
