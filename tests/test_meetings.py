"""Meeting mentions and the per-language meeting grammar: every rule's examples, run."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_events import run

from chancery.document import Article, SourceDoc, Span
from chancery.extract.events import cues
from chancery.extract.meetings import (
    _folded,
    _holds_all,
    _name_matches,
    all_triggers,
    find_meetings,
    grammar,
    lowered,
    mention_variant,
    on_folded,
    series_table,
)
from chancery.rules.en import meetings as en
from chancery.rules.fr import meetings as fr

VOCABULARY = {
    "ASEAN-SUMMIT",
    "EAS",
    "APT-SUMMIT",
    "ASEAN+1-SUMMIT",
    "AMM",
    "AMM-RETREAT",
    "ASEAN+1-FMM",
    "APT-FMM",
    "EAS-FMM",
    "ARF",
    "ACC",
    "SPECIAL-AMM",
    "AEM",
    "ADMM",
    "AMRI",
    "AMMDM",
    "AMMTC",
    "OTHER-MINISTERIAL",
    "SOM",
    "SEOM",
    "APT-SOM",
    "EAS-SOM",
    "ARF-SOM",
    "OTHER-SOM",
    "CPR",
    "WORKING-GROUP",
}


def article(text: str, lang: str) -> Article:
    source = SourceDoc(doc_id="t", path="t.txt", fmt="wire", raw=text, text=text)
    return Article(source=source, text=text, lang=lang, sentences=[Span(0, len(text))])


def mentions(text: str, lang: str) -> list[tuple]:
    return [(m.series, m.ordinal, m.partner) for m in find_meetings(article(text, lang))]


def test_series_data_uses_the_vocabulary():
    table, names, _ = series_table()
    # a body outside the vocabulary's series is recorded as series null (VOCABULARY.md)
    assert {s.code for s in table if not s.body} <= VOCABULARY
    for key, by_lang in names.items():
        assert set(by_lang) <= {"fr", "en"}, key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La 57e réunion des ministres des Affaires étrangères de l'ASEAN (AMM-57) s'est ouverte",
            [("AMM", 57, None)],
        ),
        ("les 44e et 45e Sommets de l'ASEAN", [("ASEAN-SUMMIT", 44, None), ("ASEAN-SUMMIT", 45, None)]),
        (
            "la conférence restreinte des ministres des Affaires étrangères de l'ASEAN (AMM Retreat)",
            [("AMM-RETREAT", None, None)],
        ),
        ("la réunion des hauts fonctionnaires de l'ASEAN (SOM ASEAN)", [("SOM", None, None)]),
        ("la 24e réunion ministérielle UE-ASEAN", [("ASEAN+1-FMM", 24, "EU")]),
        ("le Sommet commémoratif ASEAN – Nouvelle-Zélande", [("ASEAN+1-SUMMIT", None, "NZ")]),
        ("la 25e réunion des ministres des Affaires étrangères de l'ASEAN+3", [("APT-FMM", 25, None)]),
        (
            "la 14e réunion des ministres des Affaires étrangères du Sommet de l'Asie de l'Est (EAS)",
            [("EAS-FMM", 14, None)],
        ),
        ("du 31e Forum régional de l'ASEAN (ARF)", [("ARF", 31, None)]),
        ("la 35e réunion du Conseil de coordination de l'ASEAN (ACC)", [("ACC", 35, None)]),
        ("la 16e réunion des ministres de l'Information de l'ASEAN", [("AMRI", 16, None)]),
        ("la 12e Conférence des ministres de l'Information de l'ASEAN", [("AMRI", 12, None)]),
        ("la 7e conférence des ministres de la Justice de l'ASEAN", [("OTHER-MINISTERIAL", 7, None)]),
        ("la 30e réunion des ministres du Tourisme de l'ASEAN (M-ATM)", [("OTHER-MINISTERIAL", 30, None)]),
        ("la 5e conférence ministérielle de la Santé de l'ASEAN+3", [("OTHER-MINISTERIAL", 5, None)]),
        ("la 4e conférence des ministres de la Santé ASEAN - Chine", [("OTHER-MINISTERIAL", 4, "CN")]),
        ("la 19ᵉ Réunion ministérielle de l'ASEAN sur l'environnement", [("OTHER-MINISTERIAL", 19, None)]),
        (
            "la 21e réunion de la Conférence des Parties à l'Accord de l'ASEAN sur la pollution "
            "transfrontalière par les brumes",
            [("OTHER-MINISTERIAL", 21, None)],
        ),
        ("la réunion des hauts fonctionnaires de la Défense de l'ASEAN (ADSOM)", [("OTHER-SOM", None, None)]),
        ("la 8e conférence des hauts officiels de l'ASEAN sur l'éducation", [("OTHER-SOM", 8, None)]),
        ("la réunion des hauts officiels des pays membres de l'ASEAN", [("SOM", None, None)]),
        ("la conférence restreinte des ministres de la Défense de l'ASEAN", [("ADMM", None, None)]),
        ("la 11e conférence des ministres de la Défense de l'ASEAN (ADMM)", [("ADMM", 11, None)]),
        ("la 19e réunion des dirigeants entre le Japon et l'ASEAN", [("ASEAN+1-SUMMIT", 19, "JP")]),
        ("la 21e Réunion des dirigeants Chine-ASEAN (10+1)", [("ASEAN+1-SUMMIT", 21, "CN")]),
        ("la 21e réunion des dirigeants ASEAN-Chine, Japon et Corée (10+3)", [("APT-SUMMIT", 21, None)]),
        ("le 28e Sommet ASEAN+3 (ASEAN-Chine, Japon et République de Corée)", [("APT-SUMMIT", 28, None)]),
        ("la Réunion à huis clos des ministres des AE de l'ASEAN", [("AMM-RETREAT", None, None)]),
        # {MEETING}: "rencontre", and an adjective before the name
        ("une rencontre informelle des ministres de la Défense de l'ASEAN", [("ADMM", None, None)]),
        ("la rencontre des ministres de l'Économie de l'ASEAN et du Japon", [("AEM", None, None)]),
        ("le sommet spécial entre la Corée du Sud et l'ASEAN", [("ASEAN+1-SUMMIT", None, "KR")]),
        # ASEAN bodies' gatherings (kind other)
        ("la 44e Assemblée générale de l'Assemblée interparlementaire de l'ASEAN", [("AIPA", 44, None)]),
        ("le Forum du tourisme de l'ASEAN", [("ATF", None, None)]),
        # bodies outside the vocabulary's series, recorded as series null
        (
            "la 2e réunion des ministres des Affaires étrangères sur la coopération Mékong-Lancang",
            [("MLC-FMM", 2, None)],
        ),
        (
            "une réunion ministérielle sur le Partenariat économique global régional",
            [("RCEP-MM", None, None)],
        ),
        # committees, councils, commissions
        (
            "la 41e réunion du Comité de l'ASEAN sur la gestion des catastrophes",
            [("WORKING-GROUP", 41, None)],
        ),
        ("la 18e réunion des hauts fonctionnaires de l'ASEAN pour la culture", [("OTHER-SOM", 18, None)]),
        (
            "la 19e réunion du Conseil de la Communauté politique-sécurité de l'ASEAN",
            [("OTHER-MINISTERIAL", 19, None)],
        ),
        ("la réunion de la Commission du Traité SEANWFZ", [("OTHER-MINISTERIAL", None, None)]),
        (
            "le deuxième sommet de l'ASEAN et du Conseil de coopération du Golfe",
            [("ASEAN+1-SUMMIT", 2, "GCC")],
        ),
    ],
)
def test_french_names(text, expected):
    assert mentions(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the 43rd ASEAN Summit opened", [("ASEAN-SUMMIT", 43, None)]),
        ("the 44th and 45th ASEAN Summits", [("ASEAN-SUMMIT", 44, None), ("ASEAN-SUMMIT", 45, None)]),
        ("the ASEAN Foreign Ministers' Retreat (AMM Retreat)", [("AMM-RETREAT", None, None)]),
        ("the ASEAN-US Foreign Ministers' Meeting", [("ASEAN+1-FMM", None, "US")]),
        ("the 24th ASEAN-EU Foreign Ministers' Meeting", [("ASEAN+1-FMM", 24, "EU")]),
        ("the 25th ASEAN Plus Three Foreign Ministers' Meeting", [("APT-FMM", 25, None)]),
        ("the 18th East Asia Summit", [("EAS", 18, None)]),
        ("the ASEAN-Australia Special Summit", [("ASEAN+1-SUMMIT", None, "AU")]),
        ("the 55th ASEAN Economic Ministers' Meeting (AEM-55)", [("AEM", 55, None)]),
        ("AMM-57", [("AMM", 57, None)]),
        ("the ADMM-Plus", [("ADMM", None, None)]),
        ("the Fourth ADMM-Plus", [("ADMM", 4, None)]),
        ("the ASEAN-EU (European Union) ministerial meeting", [("ASEAN+1-FMM", None, "EU")]),
        ("the 25th ASEAN Plus Three (China, Japan and South Korea) Summit", [("APT-SUMMIT", 25, None)]),
        ("the ASEAN-India Leaders' Meeting", [("ASEAN+1-SUMMIT", None, "IN")]),
        ("the 50th Senior Transport Officials Meeting (STOM)", [("OTHER-SOM", 50, None)]),
        ("the ASEAN Defence Senior Officials' Meeting", [("OTHER-SOM", None, None)]),
        ("the ASEAN Senior Officials' Preparatory Meeting", [("SOM", None, None)]),
        ("the ASEAN-China Health Ministers' Meeting", [("OTHER-MINISTERIAL", None, "CN")]),
        ("the ASEAN Plus Three Labour Ministers Meeting", [("OTHER-MINISTERIAL", None, None)]),
        (
            "the 13th Meeting of the Conference of the Parties to the ASEAN Agreement on Transboundary "
            "Haze Pollution",
            [("OTHER-MINISTERIAL", 13, None)],
        ),
        ("The 24th ASEAN Transport Ministers (ATM) Meeting", [("OTHER-MINISTERIAL", 24, None)]),
        ("the 54th ASEAN Economic Ministers (AEM) Meeting", [("AEM", 54, None)]),
        ("the 23rd meeting of ASEAN Finance Ministers in Manila", [("OTHER-MINISTERIAL", 23, None)]),
        ("while the EAS EMM gathers the education ministers", [("OTHER-MINISTERIAL", None, None)]),
        ("the 9th ASEAN-United Nations Summit", [("ASEAN+1-SUMMIT", 9, "UN")]),
        # an abbreviation inside the name
        (
            "the ASEAN Plus Three (APT) Senior Officials' Meeting, the East Asia Summit (EAS) Senior "
            "Officials' Meeting, and the ASEAN Regional Forum (ARF) Senior Officials' Meeting",
            [("APT-SOM", None, None), ("EAS-SOM", None, None), ("ARF-SOM", None, None)],
        ),
        (
            "the 16th Asean Ministerial Meetings with three dialogue partners in Asia (AMM+3), "
            "the 5th Foreign Ministers' Meeting of East Asia Summit (EAS)",
            [("APT-FMM", 16, None), ("EAS-FMM", 5, None)],
        ),
        ("the Summit between Japan and ASEAN", [("ASEAN+1-SUMMIT", None, "JP")]),
        # ASEAN bodies' gatherings (kind other)
        ("The 40th General Assembly of the ASEAN Inter-Parliamentary Assembly", [("AIPA", 40, None)]),
        ("the 41st AIPA General Assembly", [("AIPA", 41, None)]),
        ("AIPA-44", [("AIPA", 44, None)]),
        ("the ASEAN Tourism Forum (ATF) 2026", [("ATF", None, None)]),
        ("the 5th Lancang-Mekong Cooperation Leaders' Meeting", [("MLC", 5, None)]),
        ("the RCEP Ministers' Meeting", [("RCEP-MM", None, None)]),
        # committees, councils, commissions
        (
            "the 75th ASEAN Committee on Science, Technology and Innovation Meeting",
            [("WORKING-GROUP", 75, None)],
        ),
        ("the 15th ACMW Meeting", [("WORKING-GROUP", 15, None)]),
        ("the Southeast Asia Nuclear Weapon-Free Zone Commission", [("OTHER-MINISTERIAL", None, None)]),
        ("the APSC Council Meeting", [("OTHER-MINISTERIAL", None, None)]),
        ("the Summit of ASEAN and the Gulf Cooperation Council", [("ASEAN+1-SUMMIT", None, "GCC")]),
    ],
)
def test_english_names(text, expected):
    assert mentions(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("L'ambassadeur Vu Ho, chef par intérim de SOM ASEAN Vietnam, a assisté", "fr"),
        ("Do Hung Viet, head of Vietnam's ASEAN SOM, chaired", "en"),
        ("acting head of Vietnam's ASEAN Senior Officials' Meeting (SOM) delegation", "en"),
    ],
)
def test_a_post_names_no_meeting(text, lang):
    assert mentions(text, lang) == []


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_function_cue_examples(rules):
    lang = rules.__name__.split(".")[-2]
    compiled = cues(lang).functions
    for phrase, function in rules.FUNCTION_EXAMPLES.items():
        found = {f for pattern, f, _side in compiled if pattern.search(phrase)}
        assert function in found, (phrase, found)
        # The strongest cue found is the one the example is about.
        rank = {"chaired": 4, "led_delegation": 3, "hosted": 2, "attended": 1}
        assert max(found, key=rank.get) == function, (phrase, found)


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_list_cue_examples(rules):
    lang = rules.__name__.split(".")[-2]
    for phrase, opens_a_list in rules.LIST_CUE_EXAMPLES.items():
        assert bool(cues(lang).list_cue.search(phrase)) is opens_a_list, phrase


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_during_examples(rules):
    lang = rules.__name__.split(".")[-2]
    for window, inside in rules.DURING_EXAMPLES.items():
        assert bool(cues(lang).during.search(window)) is inside, window


def test_a_lead_meeting_named_after_during_is_the_story_s_own():
    text = (
        "HANOI: Member states were urged to work together on food security.\n\n"
        "The ministry made this call during the ASEAN Ministers on Agriculture and Forestry meeting "
        "held in Manila yesterday.\n\n"
        "Viet Nam's delegation to the meeting was led by Minister Le Minh Hoan.\n"
    )
    a = run(text, "2025-10-02", "en")
    (event,) = [e for e in a.events if e.kind == "ministerial"]
    assert not event.referenced_only
    functions = [(a.people[p.person].name, p.function) for p in event.participants]
    assert functions == [("Le Minh Hoan", "led_delegation")]


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_described_subject_examples(rules):
    lang = rules.__name__.split(".")[-2]
    for phrase, description in rules.DESCRIBED_EXAMPLES.items():
        m = cues(lang).described.search(phrase)
        assert m and m.group("desc") == description, phrase


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_status_examples(rules):
    lang = rules.__name__.split(".")[-2]
    c = cues(lang)
    for phrase, status in rules.STATUS_EXAMPLES.items():
        if status == "cancelled":
            assert c.cancelled.search(phrase), phrase
        elif status == "scheduled":
            assert c.future.search(phrase), phrase
        else:
            assert c.past.search(phrase) and not c.future.search(phrase), phrase


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_holding_verb_examples(rules):
    c = cues(rules.__name__.split(".")[-2])
    for phrase, holds in rules.HOLDING_EXAMPLES.items():
        assert bool(c.holding.match(phrase)) is holds, phrase


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_link_examples(rules):
    c = cues(rules.__name__.split(".")[-2])
    patterns = {"prepares": c.prepares, "part_of": c.part_of, "reference": c.reference}
    for phrase, relation in rules.LINK_EXAMPLES.items():
        assert patterns[relation].search(phrase), (phrase, relation)


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_bilateral_examples(rules):
    g = grammar(rules.__name__.split(".")[-2])
    for phrase, is_bilateral in rules.BILATERAL_EXAMPLES.items():
        assert bool(g.bilateral.search(phrase)) is is_bilateral, phrase


def test_ordinal_words():
    assert mentions("the twelfth East Asia Summit", "en") == [("EAS", 12, None)]
    assert mentions("la deuxième réunion des ministres de l'Économie de l'ASEAN", "fr") == [("AEM", 2, None)]


def test_spans_point_at_the_text():
    text = "Hier, la 57e réunion des ministres des Affaires étrangères de l'ASEAN (AMM-57) a eu lieu."
    found = find_meetings(article(text, "fr"))
    assert [text[m.span.start : m.span.end] for m in found] == [m.text for m in found]
    assert re.search(r"57e.*\(AMM-57\)$", found[0].text)


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_preparatory_examples(rules):
    c = cues(rules.__name__.split(".")[-2])
    for phrase, prepares in rules.PREPARATORY_EXAMPLES.items():
        assert bool(c.preparatory.search(phrase)) is prepares, phrase


WORDS = [
    "la",
    "réunion",
    "des",
    "ministres",
    "Affaires",
    "étrangères",
    "de",
    "l'ASEAN",
    "ASEAN",
    "Sommet",
    "Summit",
    "44e",
    "45th",
    "et",
    "and",
    "the",
    "Foreign",
    "Ministers'",
    "Meeting",
    "Retreat",
    "hauts",
    "officiels",
    "SOM",
    "+3",
    "Plus",
    "Three",
    "East",
    "Asia",
    "-",
    "(AMM-57)",
    ",",
    "Conseil",
    "coordination",
    "UE-ASEAN",
    # words that share first characters with names ("as", "des"), and the long name of ASEAN
    "as",
    "As",
    "des",
    "de",
    "l’ASEAN",
    "Association",
    "of",
    "Southeast",
    "Asian",
    "Nations",
    "(ASEAN)",
    "Special",
    "Informal",
    "ministres",
    "gestion",
    "catastrophes",
    "Post-Ministerial",
    "Conference",
    "with",
    "China",
    "Japan",
    "APT",
    "ASEAN+3",
    "Sommets",
    "avec",
    "Chine",
    "Japon",
    "Regional",
    "Forum",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.sampled_from(["fr", "en"]))
def test_dispatched_name_scan_finds_what_the_full_alternation_finds(words, lang):
    text = " ".join(words)
    g = grammar(lang)
    full = [(m.start(), m.end(), m.lastgroup) for m in g.names.finditer(text)]
    assert [(m.start(), m.end(), m.lastgroup) for m in _name_matches(g, text)] == full


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_partner_list_examples(rules):
    lang = rules.__name__.split(".")[-2]
    for phrase, (series, partners) in rules.PARTNER_LIST_EXAMPLES.items():
        found = [(m.series, m.partner) for m in find_meetings(article(phrase, lang))]
        assert found == [(series, p) for p in partners], phrase


@pytest.mark.parametrize(
    ("text", "lang", "variant"),
    [
        ("the ASEAN Defence Ministers' Meeting (ADMM) Retreat", "en", "retreat"),
        ("the ADMM-Plus", "en", "plus"),
        ("the 17th ADMM", "en", None),
        ("la réunion élargie des ministres de la Défense de l'ASEAN", "fr", "plus"),
        ("la retraite des ministres de la Défense de l'ASEAN", "fr", "retreat"),
        ("la 9e réunion des ministres de la Défense de l'ASEAN", "fr", None),
    ],
)
def test_variants_keep_one_series_meetings_apart(text, lang, variant):
    assert mention_variant(lang, text) == variant


def _events(text: str, lang: str) -> list:
    from chancery.clean import clean
    from chancery.extract.pipeline import extract

    source = SourceDoc(
        doc_id="t", path="t.txt", fmt="wire", raw=text, text=text, published="2019-05", lang=lang
    )
    return extract(clean(source)).events


def test_a_sectoral_meeting_with_a_partner_is_another_meeting():
    text = (
        "La 3e réunion des ministres du Travail de l'ASEAN s'est tenue le 4 mai à Hanoi. "
        "La réunion des ministres du Travail de l'ASEAN - Japon a eu lieu le 5 mai."
    )
    got = sorted((e.ordinal or 0, e.partner or "") for e in _events(text, "fr"))
    assert got == [(0, "JP"), (3, "")]


def test_the_retreat_and_the_plus_are_two_meetings():
    text = "The ADMM Retreat and the Third ADMM-Plus will be held from Nov. 2 to 5 in Kuala Lumpur."
    assert sorted(e.ordinal or 0 for e in _events(text, "en") if e.series == "ADMM") == [0, 3]


@pytest.mark.parametrize("rules", [fr, en], ids=["fr", "en"])
def test_national_examples(rules):
    g = grammar(rules.__name__.split(".")[-2])
    for phrase, national in rules.NATIONAL_EXAMPLES.items():
        assert bool(g.national.search(phrase)) is national, phrase


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_grouped_abbreviations_match_like_the_flat_alternation(lang):
    g = grammar(lang)
    flat = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(g.abbr_series, key=len, reverse=True))
    tail = g.abbreviations.pattern[g.abbreviations.pattern.index("(?:[- ]?(?P<num>") :]
    reference = re.compile(rf"(?<![\w-])(?P<abbr>{flat}){tail}")
    pieces = []
    for a in g.abbr_series:
        pieces += [a, "x" + a, a + "-57", a + " 3rd", a.lower(), "(" + a + ")", a + "+3", "-" + a]
    for seed in range(3):
        random.Random(seed).shuffle(pieces)
        text = " ".join(pieces) + "".join(pieces)
        spans = [(m.span(), m.group("abbr"), m.group("num")) for m in g.abbreviations.finditer(text)]
        assert spans == [(m.span(), m.group("abbr"), m.group("num")) for m in reference.finditer(text)]


def test_whole_text_patterns_need_their_words():
    for lang in ("fr", "en"):
        g = grammar(lang)
        for phrase, is_bilateral in g.rules.BILATERAL_EXAMPLES.items():
            if is_bilateral:
                assert _holds_all(g.needs["bilateral"], _folded(phrase)), phrase
        for phrase in g.rules.PARTNER_LIST_EXAMPLES:
            found = [k for k, (rx, _) in enumerate(g.partner_lists) if rx.search(phrase)]
            assert found and all(_holds_all(g.needs[f"list{k}"], _folded(phrase)) for k in found), phrase
    found = all_triggers(r"sommets?\s+avec\s+(?:la\s+)?(?:Chine|Japon)")
    assert sorted(found) == [("avec",), ("chine", "japon"), ("sommet",)]


def _ignorecase_patterns(lang):
    c = cues(lang)
    g = grammar(lang)
    found = [rx for rx, _, _ in c.functions] + [rx for rx, _ in g.partner_lists]
    found += [c.future, c.past, c.cancelled, c.anaphora, c.not_participant, c.same_city, c.holding]
    found += [c.prepares, c.part_of, c.reference, c.preparatory, g.national]
    found += [g.ordinal_before, g.ordinal_number, g.post_before, g.post_after, g.names]
    return [rx for rx in found if rx.flags & re.IGNORECASE]


_SOUP = sorted(
    {
        w
        for rules in (fr, en)
        for examples in (rules.FUNCTION_EXAMPLES, rules.STATUS_EXAMPLES, rules.LINK_EXAMPLES)
        for phrase in examples
        for w in phrase.split()
    }
    | {"ÉTÉ", "Réunion", "RÉUNIONS", "Sommet", "ASEAN+1", "avec", "Chine", "Japon", "With", "China", "(SOM)"}
    | {"45e", "57th", "deuxième", "Second", "et", "and", "chef", "de", "SOM", "délégation", "Head", "Summit"}
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), max_size=30), st.sampled_from(["fr", "en"]))
def test_lowercase_twins_find_what_the_ignorecase_regexes_find(words, lang):
    text = " ".join(words)
    folded = _folded(text)
    for rx in _ignorecase_patterns(lang):
        twin, subject = on_folded(rx, text, folded)  # (the text itself where there is no twin)
        expected = [(m.span(), m.lastgroup) for m in rx.finditer(text)]
        assert [(m.span(), m.lastgroup) for m in twin.finditer(subject)] == expected, rx.pattern


def test_lowered_keeps_what_case_cannot_change():
    assert lowered(r"\bRéunion\s+(?P<Head>X)[A-Z][^]A]\S") == r"\bréunion\s+(?P<Head>x)[a-z][^]a]\S"
    assert lowered(r"(?-i:X)") is None  # inline flags
    assert lowered(r"[À-Ý]") is None  # a range beyond ASCII
    assert lowered(r"\x41") is None  # a character by code
    assert on_folded(re.compile("a", re.IGNORECASE), "ſ", _folded("ſ"))[1] == "ſ"  # no fold: the text
