"""The speed-ups of the extractors' alternations must not change a single match.

Alternations of literal phrases are grouped by first characters (people, places, facts) so that
re can skip branches cheaply; these tests compare every grouped alternation with the flat one it
replaces, over text made of the phrases themselves in several cases, glued and apart.
"""

from __future__ import annotations

import random
import re

import pytest

from chancery.extract import facts, people, places
from chancery.extract.alternation import by_first_char


def _text_from(words: list[str], seed: int = 7) -> str:
    rng = random.Random(seed)
    pieces = []
    for w in words:
        for form in (w, w.upper(), w.lower(), w.title(), "x" + w, w[: max(1, len(w) // 2)]):
            pieces.append(form)
            pieces.append(rng.choice([" ", "  ", "-", "", ", ", "’", "'s ", "\n"]))
    rng.shuffle(pieces)
    return "".join(pieces)


def _same_matches(a: str, b: str, text: str) -> None:
    ra, rb = re.compile(a), re.compile(b)
    assert [m.span() for m in ra.finditer(text)] == [m.span() for m in rb.finditer(text)]
    for pos in range(0, len(text), 7):  # anchored too: the pieces run inside longer patterns
        ma, mb = ra.match(text, pos), rb.match(text, pos)
        assert (ma and ma.span()) == (mb and mb.span())


def _flat_people(words: list[str], ignore_case: bool) -> str:
    pieces = []
    for w in sorted(set(words), key=len, reverse=True):
        piece = re.sub("['’]", "['’]", re.escape(w).replace(r"\ ", r"\s+"))
        pieces.append(piece)
    return ("(?i:" if ignore_case else "(?:") + "|".join(pieces) + ")"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_people_alternations_match_like_flat_ones(lang: str) -> None:
    rules = people._grammar(lang).rules  # type: ignore[union-attr]
    for words, ignore_case in (
        (list(rules.POSTS) + list(rules.INTRODUCERS), True),
        (list(rules.PRE_MODIFIERS), True),
        (list(rules.POST_MODIFIERS), True),
        (list(rules.POST_ABBREVIATIONS), False),
        ([t for t, _ in people._country_terms(rules)], False),
    ):
        text = _text_from(words)
        _same_matches(people._alt(words, ignore_case=ignore_case), _flat_people(words, ignore_case), text)


def test_people_case_classes_follow_re() -> None:
    # re's own case-insensitive notion: "k" also matches the Kelvin sign, "s" the long s
    assert "\u212a" in people._case_chars("k")
    assert "\u017f" in people._case_chars("s")
    assert people._alt(["Kelvin"], ignore_case=True) != "(?!)"
    assert re.fullmatch(people._alt(["kelvin"], ignore_case=True), "\u212aELVIN")


def test_trie_alternation_matches_like_flat_one() -> None:
    words = ["hanoi", "ha long", "ha noi", "halong bay", "hue", "ho chi minh", "h", "bangkok", "ban"]
    pats = sorted({places._pattern_of(w) for w in words}, key=lambda p: (-len(p), p))
    text = _text_from(words).lower()
    _same_matches(by_first_char(pats), "(?:" + "|".join(pats) + ")", text)
    # a pattern opening with a class or an optional character keeps the flat form
    assert by_first_char(["[ab]c", "d"]) == "(?:[ab]c|d)"
    assert by_first_char(["a?b", "ac"]) == "(?:a?b|ac)"


def test_place_gazetteer_matches_like_flat_one() -> None:
    forms = list(places._gazetteer().entries)
    pats = sorted({places._pattern_of(f) for f in forms if f.strip()}, key=lambda p: (-len(p), p))
    text = places.fold_keep_length(_text_from(forms[:400]))
    _same_matches(places._alternation(forms), "(?:" + "|".join(pats) + ")", text)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_fact_country_alternation_matches_like_flat_one(lang: str) -> None:
    from chancery import knowledge as kb

    terms = [t for t, _ in kb.country_terms(lang)]
    flat = "(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+").replace("'", "['’]") for t in terms) + ")"
    _same_matches(facts._country_alternation(lang), flat, _text_from(terms))


def test_place_folding_is_the_character_fold() -> None:
    text = "Hanoï, HA NỘI – Đà Nẵng’s\u00a0Luang-Prabang ÉTÉ ǅ İstanbul ß ﬁ"
    assert places.fold_keep_length(text) == "".join(places._fold_char(c) for c in text)
