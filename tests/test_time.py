"""The temporal grammar: rule examples, ranges, relatives, year inference, non-dates, spans."""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.document import Article, DatePoint, SourceDoc, TimeExpr
from chancery.extract.time import (
    _grammar,
    _matches,
    anchor_from_iso,
    find_dates,
    infer_reference_year,
    parse_dates,
)

WED = DatePoint(2024, 7, 24)  # a Wednesday


def _value(e: TimeExpr) -> str:
    if e.end is not None and e.kind in ("range", "until", "week", "period"):
        return f"{e.start.iso()}/{e.end.iso()}"
    return str(e.start.iso())


def _one(text: str, lang: str, anchor: DatePoint | None = WED) -> TimeExpr:
    found = parse_dates(text, lang, anchor)
    assert len(found) == 1, [(e.text, _value(e)) for e in found]
    return found[0]


def _examples() -> list[tuple[str, str, str]]:
    cases = []
    for lang in ("fr", "en"):
        mod = importlib.import_module(f"chancery.rules.{lang}.time")
        cases += [(lang, phrase, want) for phrase, want in mod.EXAMPLES.items()]
    return cases


@pytest.mark.parametrize(("lang", "phrase", "want"), _examples())
def test_rule_examples(lang: str, phrase: str, want: str) -> None:
    mod = importlib.import_module(f"chancery.rules.{lang}.time")
    e = _one(phrase, lang, mod.EXAMPLE_ANCHOR)
    assert _value(e) == want
    assert phrase[e.span.start : e.span.end] == e.text


def test_every_rule_has_examples() -> None:
    for lang in ("fr", "en"):
        mod = importlib.import_module(f"chancery.rules.{lang}.time")
        assert all(rule.examples for rule in mod.RULES), lang


# --- absolute dates and precision --------------------------------------------------------


def test_precision_is_kept() -> None:
    assert _one("en septembre", "fr").start == DatePoint(2024, 9, None)
    assert _one("novembre 2019", "fr").year_explicit
    e = _one("en 2023", "fr")
    assert (e.start, e.kind) == (DatePoint(2023), "year")
    assert _one("le 8 août 2023", "fr").kind == "date"
    assert _one("fin octobre", "fr").kind == "month"


def test_year_only_anchor_keeps_that_year() -> None:
    assert _one("le 28 janvier", "fr", DatePoint(2024)).start == DatePoint(2024, 1, 28)
    assert _one("on December 18", "en", DatePoint(2024)).start == DatePoint(2024, 12, 18)


def test_no_anchor_leaves_year_unknown() -> None:
    e = _one("le 1er août", "fr", None)
    assert e.start == DatePoint(None, 8, 1) and e.start.iso() is None
    assert _one("demain", "fr", None).start.year is None


def test_year_inference_closest_to_anchor_and_directions() -> None:
    dec = DatePoint(2024, 12, 20)
    assert _one("le 5 janvier", "fr", dec).start == DatePoint(2025, 1, 5)
    assert _one("le 5 novembre", "fr", dec).start == DatePoint(2024, 11, 5)
    jan = DatePoint(2025, 1, 19)
    assert _one("last October", "en", jan).start == DatePoint(2024, 10)
    assert _one("septembre dernier", "fr", DatePoint(2024, 1, 29)).start == DatePoint(2023, 9)
    assert _one("en mars prochain", "fr", DatePoint(2024, 3, 10)).start == DatePoint(2025, 3)
    # a month-only anchor: the date falls in that month's year
    assert _one("mercredi 18 décembre", "fr", DatePoint(2024, 12)).start == DatePoint(2024, 12, 18)


# --- ranges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "prévue les 16 et 17 janvier dans la même ville", "2025-01-16/2025-01-17"),
        ("fr", "du 30 juillet au 3 août", "2024-07-30/2024-08-03"),
        ("fr", "se tiendront du 9 au 11 octobre à Vientiane", "2024-10-09/2024-10-11"),
        ("en", "which is being held from September 5 to 7", "2024-09-05/2024-09-07"),
        ("en", "on 25-27 July", "2024-07-25/2024-07-27"),
        ("en", "between 5 and 7 September", "2024-09-05/2024-09-07"),
    ],
)
def test_ranges(lang: str, text: str, want: str) -> None:
    e = _one(text, lang, DatePoint(2024, 9, 1) if "janvier" not in text else DatePoint(2024, 12, 30))
    assert e.kind == "range" and _value(e) == want


def test_until_has_start_equal_to_end() -> None:
    for text, lang in (("jusqu'au 11 octobre", "fr"), ("until October 11", "en")):
        e = _one(text, lang)
        assert e.kind == "until" and e.start == e.end == DatePoint(2024, 10, 11)


def test_range_across_new_year() -> None:
    e = _one("from December 30 to January 2", "en", DatePoint(2024, 12, 1))
    assert (e.start, e.end) == (DatePoint(2024, 12, 30), DatePoint(2025, 1, 2))


# --- relatives ---------------------------------------------------------------------------


def test_relative_days() -> None:
    assert _one("Demain, le ministre participera", "fr").start == DatePoint(2024, 7, 25)
    tod = _one("ouvriront la conférence ce soir", "fr")
    assert tod.kind == "time_of_day" and tod.start == WED and tod.relative
    e = _one("demain, 25 juillet", "fr")
    assert e.relative and e.start == DatePoint(2024, 7, 25) and e.kind == "date"


def test_weekday_follows_tense() -> None:
    sunday = DatePoint(2025, 1, 19)
    assert _one("He led the delegation on Sunday.", "en", sunday).start == sunday
    assert _one("On Saturday, the officials met in Langkawi.", "en", sunday).start == DatePoint(2025, 1, 18)
    assert _one("The retreat opens in the city on Monday.", "en", DatePoint(2024, 1, 28)).start == DatePoint(
        2024, 1, 29
    )
    assert _one("Talks will culminate on Thursday.", "en", DatePoint(2023, 9, 5)).start == DatePoint(
        2023, 9, 7
    )
    assert _one("Il a conduit ce lundi la délégation.", "fr", DatePoint(2024, 10, 7)).start == DatePoint(
        2024, 10, 7
    )
    assert _one("La réunion se tiendra vendredi.", "fr").start == DatePoint(2024, 7, 26)
    assert _one("La réunion s'est tenue vendredi.", "fr").start == DatePoint(2024, 7, 19)


def test_weekday_without_day_anchor_keeps_anchor_precision() -> None:
    e = _one("on Monday", "en", DatePoint(2024, 1))
    assert e.relative and e.start == DatePoint(2024, 1)


def test_anaphora_point_at_the_latest_date() -> None:
    text = (
        "Le ministre a participé lundi 29 janvier à la conférence. La veille, les hauts officiels ont siégé."
    )
    found = parse_dates(text, "fr", DatePoint(2024, 1, 29))
    assert [_value(e) for e in found] == ["2024-01-29", "2024-01-28"]
    assert found[1].relative
    found = parse_dates("The talks were held on July 3. The next day, he flew home.", "en", WED)
    assert [_value(e) for e in found] == ["2024-07-03", "2024-07-04"]
    # "à la veille de" is the eve of something else: not resolved against the last date
    assert parse_dates("à la veille de la réunion", "fr", WED) == []


def test_relative_weeks_months_years() -> None:
    assert _value(_one("la semaine dernière", "fr")) == "2024-07-15/2024-07-21"
    assert _one("last year", "en").start == DatePoint(2023)
    assert _one("l'année prochaine", "fr").start == DatePoint(2025)
    assert _one("to set directions for next year", "en").start == DatePoint(2025)
    assert _one("cette année", "fr", DatePoint(2020)).start == DatePoint(2020)


# --- not dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "l'ouverture de l'AMM-57 au centre"),
        ("fr", "la Conclusion n°59-KL/TW du Bureau politique"),
        ("fr", "une croissance de 4,5% attendue"),
        ("fr", "le 25e anniversaire de son adhésion"),
        ("en", "the COVID-19 pandemic"),
        ("en", "published at 11:42 by VNA"),
        ("en", "about 80 documents are expected"),
        ("en", "the Community Vision 2045 and the 44th Summit"),
        ("en", "Minister Mai said they may march on"),
    ],
)
def test_not_dates(lang: str, text: str) -> None:
    assert parse_dates(text, lang, WED) == []


def test_plan_period_is_a_period_not_a_year() -> None:
    e = _one("the 2021-2025 cooperation agreement", "en")
    assert e.kind == "period" and (e.start, e.end) == (DatePoint(2021), DatePoint(2025))
    assert _one("in 2021-2025", "en").kind == "period"


# --- spans, order, robustness ------------------------------------------------------------


def test_spans_point_at_the_text() -> None:
    text = (
        "Hanoï (VNA) - Le 27 décembre, le vice-ministre a présidé une réunion pour faire le bilan "
        "de 2023, ainsi que de la période 2021-2025. Les sommets, organisés du 9 au 11 octobre, "
        "ont été suivis demain par d’autres réunions, prévues jusqu’au samedi 27 juillet."
    )
    found = parse_dates(text, "fr", DatePoint(2023, 12, 27))
    assert [e.text for e in found] == [
        "Le 27 décembre", "2021-2025", "du 9 au 11 octobre", "demain", "jusqu’au samedi 27 juillet",
    ]  # fmt: skip
    for e in found:
        assert text[e.span.start : e.span.end] == e.text


def test_unknown_language_finds_nothing() -> None:
    assert parse_dates("le 28 janvier", "xx", WED) == []


_ALPHABET = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyzéèàûô0123456789 -–/.,'’%\n")
    + [
        "janvier",
        "July",
        "lundi",
        "Monday",
        " le ",
        " du ",
        " au ",
        " et ",
        " from ",
        " to ",
        "demain",
        "veille",
        "2024",
        "1er",
        "28",
        "last ",
        "next ",
        "dernier",
        "en ",
        "in ",
        "Sept.",
        "İ",
    ]  # fmt: skip
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["fr", "en"]))
def test_never_raises_and_spans_are_sane(text: str, lang: str) -> None:
    for anchor in (None, DatePoint(2024), DatePoint(2024, 2), DatePoint(2024, 2, 29)):
        found = parse_dates(text, lang, anchor)
        prev = 0
        for e in found:
            assert 0 <= prev <= e.span.start < e.span.end <= len(text)
            assert text[e.span.start : e.span.end] == e.text
            prev = e.span.end


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["fr", "en"]))
def test_trigger_scan_equals_full_scan(text: str, lang: str) -> None:
    g = _grammar(lang)
    assert g is not None
    want = [(m.start(), m.end()) for m in g.regex.finditer(text)]
    assert [(m.start(), m.end()) for m in _matches(g, text)] == want


# --- reference year ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "Le 27 décembre, une réunion pour faire le bilan de la coopération de l'ASEAN et de la "
               "participation du Vietnam en 2023, ainsi que pour discuter des orientations pour 2024.", 2023),
        ("fr", "Organisées par l’Indonésie, qui assure la présidence de l’ASEAN en 2023, les réunions se "
               "déroulent à Jakarta.", 2023),
        ("en", "The sessions were chaired by Laos, as Laos holds the ASEAN Chairmanship in 2024.", 2024),
        ("fr", "Il a souligné que le Laos assumait en 2024, pour la troisième fois, la présidence.", 2024),
        ("en", "A meeting to take stock of Vietnam's participation in the bloc in 2024, and to set "
               "directions for next year.", 2024),
        ("en", "Growth is estimated at 4.5% and forecast at 4.7% in 2025.", None),
        ("fr", "les orientations jusqu'en 2030 et la Vision 2045, à l'horizon 2045", None),
        ("en", "Laos holds the ASEAN Chairmanship in 2024. Vietnam held the Chairmanship in 2020.", None),
        ("en", "The 2021-2025 plan was reviewed.", None),
        ("fr", "Le Vietnam célèbre en 2020 le 25e anniversaire de son adhésion.", None),
    ],
)  # fmt: skip
def test_infer_reference_year(lang: str, text: str, want: int | None) -> None:
    assert infer_reference_year(text, lang) == want


def _article(text: str, lang: str, published: str | None) -> Article:
    src = SourceDoc(doc_id="t", path="t.txt", fmt="wire", raw=text, text=text, published=published)
    return Article(source=src, text=text, lang=lang, published=published)


def test_find_dates_uses_published_or_inferred_year() -> None:
    dated = find_dates(_article("The summit opened on Tuesday.", "en", "2023-09-05"))
    assert [e.start for e in dated] == [DatePoint(2023, 9, 5)]
    text = "Laos holds the ASEAN Chairmanship in 2024. The ministers met on July 27."
    undated = find_dates(_article(text, "en", None))
    assert [e.start.iso() for e in undated] == ["2024", "2024-07-27"]


def test_anchor_from_iso() -> None:
    assert anchor_from_iso("2024-10-09T11:42:00+07:00") == DatePoint(2024, 10, 9)
    assert anchor_from_iso("2024-12") == DatePoint(2024, 12)
    assert anchor_from_iso(None) is None and anchor_from_iso("soon") is None


# --- dev corpus check (skipped without /work/shared) --------------------------------------

SHARED = Path("/work/shared")


def _wire_docs() -> list[tuple[str, str, str, dict]]:
    if not (SHARED / "gold").is_dir():
        return []
    out = []
    for path in sorted((SHARED / "corpus").rglob("*.txt")):
        gold_path = SHARED / "gold" / f"{path.stem}.json"
        if gold_path.exists():
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            out.append((path.stem, gold["lang"], path.read_text(encoding="utf-8"), gold))
    return out


def test_dev_corpus_gold_dates_are_found() -> None:
    docs = _wire_docs()
    if not docs:
        pytest.skip("/work/shared is absent")
    missed = []
    for doc_id, lang, raw, gold in docs:
        m = re.match(r"\s*date\s+(\d{4}(?:-\d{2}){0,2})\s*", raw)
        text = raw[m.end() :] if m else raw
        anchor = anchor_from_iso(m.group(1)) if m else None
        if anchor is None:
            year = infer_reference_year(text, lang)
            anchor = DatePoint(year) if year else None
        found = {p.iso() for e in parse_dates(text, lang, anchor) for p in (e.start, e.end) if p and p.day}
        want = {v for ev in gold["events"] for v in (ev["start"], ev["end"]) if v and len(v) == 10}
        missed += [(doc_id, d) for d in sorted(want - found)]
    assert missed == []
