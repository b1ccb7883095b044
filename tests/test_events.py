"""Events assembled from whole (short, original) articles: dates, venue, status, participants."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from chancery.clean import clean
from chancery.document import SourceDoc
from chancery.extract.events import _folded, _may_match, cues, triggers
from chancery.extract.pipeline import extract
from chancery.rules.en import meetings as en_rules
from chancery.rules.fr import meetings as fr_rules


def run(text: str, published: str | None, lang: str):
    source = SourceDoc(
        doc_id="t", path="t.txt", fmt="wire", raw=text, text=text, published=published, lang=lang
    )
    article = extract(clean(source))
    return article


def events(article):
    out = {}
    for e in article.events:
        key = (e.series or e.kind, e.ordinal)
        people = {article.people[p.person].name: p.function for p in e.participants}
        out[key] = (
            e.start.iso() if e.start else None,
            e.end.iso() if e.end else None,
            e.city,
            e.country,
            e.status,
            e.referenced_only,
            people,
        )
    return out


def test_french_som_led_and_chaired():
    a = run(
        "Phnom Penh (VNA) - La réunion des hauts officiels de l'ASEAN (SOM) s'est tenue mardi 3 mars à "
        "Phnom Penh, sous la présidence du secrétaire d'État cambodgien Kung Phoak. Le vice-ministre des "
        "Affaires étrangères Nguyên Quôc Dung, chef de SOM ASEAN Vietnam, y conduisait la délégation "
        "vietnamienne. Les participants ont préparé le 36e Sommet de l'ASEAN, prévu en avril. -VNA",
        "2020-03-03",
        "fr",
    )
    ev = events(a)
    start, end, city, country, status, ref, people = ev[("SOM", None)]
    assert (start, end, city, country, status, ref) == (
        "2020-03-03",
        "2020-03-03",
        "Phnom Penh",
        "KH",
        "held",
        False,
    )
    assert people.get("Nguyên Quôc Dung") == "led_delegation"
    summit = ev[("ASEAN-SUMMIT", 36)]
    assert summit[0] == "2020-04" and summit[4] == "scheduled"


def test_english_summit_range_and_relative_weekday():
    a = run(
        "Kuala Lumpur (VNA) – The 46th ASEAN Summit opened in Kuala Lumpur on Monday, chaired by Malaysian "
        "Prime Minister Anwar Ibrahim. Prime Minister Pham Minh Chinh is leading the Vietnamese delegation "
        "to the summit, which runs from May 26 to 27. -VNA",
        "2025-05-26",
        "en",
    )
    start, end, city, country, status, ref, people = events(a)[("ASEAN-SUMMIT", 46)]
    assert (start, end, city, country, status, ref) == (
        "2025-05-26",
        "2025-05-27",
        "Kuala Lumpur",
        "MY",
        "held",
        False,
    )
    assert people == {"Anwar Ibrahim": "chaired", "Pham Minh Chinh": "led_delegation"}


def test_scheduled_meeting_announced_for_tomorrow():
    a = run(
        "Hanoi (VNA) – Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son will attend the "
        "ASEAN Foreign Ministers' Retreat in Vientiane tomorrow. -VNA",
        "2024-01-28",
        "en",
    )
    start, _end, city, _country, status, ref, people = events(a)[("AMM-RETREAT", None)]
    assert (start, city, status, ref) == ("2024-01-29", "Vientiane", "scheduled", False)
    assert people == {"Bui Thanh Son": "attended"}


def test_bilateral_on_the_sidelines_is_between_two_countries():
    a = run(
        "Jakarta (VNA) - Le ministre vietnamien des Affaires étrangères, Bui Thanh Son, a eu le 11 juillet à "
        "Jakarta un entretien avec la ministre indonésienne des Affaires étrangères, Retno Marsudi, en marge "
        "de la 56e réunion des ministres des Affaires étrangères de l'ASEAN (AMM-56). -VNA",
        "2023-07-11",
        "fr",
    )
    ev = events(a)
    bilateral = [e for e in a.events if e.kind == "bilateral"]
    assert len(bilateral) == 1 and bilateral[0].countries == ["ID", "VN"]
    assert ev[("AMM", 56)][5] is True  # only referred to: the talks were on its sidelines
    assert any(link.relation == "part_of" for link in bilateral[0].links)


def test_delegation_member_attends_and_sender_does_not():
    a = run(
        "Vientiane (VNA) – Authorised by Minister of Foreign Affairs Bui Thanh Son, Deputy Minister Do Hung "
        "Viet attended the 25th ASEAN Plus Three Foreign Ministers' Meeting in Vientiane on July 27. -VNA",
        "2024-07-27",
        "en",
    )
    people = events(a)[("APT-FMM", 25)][6]
    assert people == {"Do Hung Viet": "attended"}


def test_a_mechanism_named_without_date_is_no_event():
    a = run(
        "Hanoi (VNA) – Speaking at the meeting, he said ASEAN-led mechanisms such as the EAS and the ARF "
        "had proved their worth. -VNA",
        "2024-07-27",
        "en",
    )
    assert a.events == []


def test_preparatory_meetings_are_senior_officials_meetings_of_what_they_prepare():
    a = run(
        "Manille (VNA) - Le vice-ministre des Affaires étrangères Le Van Minh a conduit lundi 3 août à "
        "Manille la délégation vietnamienne à des réunions préparatoires de la 27e réunion des ministres des "
        "Affaires étrangères de l'ASEAN+3 et de la 16e réunion des ministres des Affaires étrangères du "
        "Sommet de l'Asie de l'Est, prévues le 6 août. -VNA",
        "2026-08-03",
        "fr",
    )
    ev = events(a)
    for prep in ("APT-SOM", "EAS-SOM"):
        start, _end, city, _country, status, ref, people = ev[(prep, None)]
        assert (start, city, status, ref) == ("2026-08-03", "Manila", "held", False)
        assert people == {"Le Van Minh": "led_delegation"}
    for series, ordinal in (("APT-FMM", 27), ("EAS-FMM", 16)):
        assert ev[(series, ordinal)][0] == "2026-08-06" and ev[(series, ordinal)][4] == "scheduled"
    prepared = {
        (a.events[link.target].series) for e in a.events for link in e.links if link.relation == "prepares"
    }
    assert prepared == {"APT-FMM", "EAS-FMM"}


def test_bilateral_meetings_with_a_list_of_counterparts_from_an_unnamed_home_official():
    a = run(
        "JOHOR BAHRU — Deputy Minister of Industry and Trade Tran Van Hoa led a delegation of Việt Nam "
        "to the "
        "32nd ASEAN Economic Ministers' Retreat in Johor on March 2.\n\n"
        "On the sidelines of the retreat, the Vietnamese official held bilateral meetings with Singapore's "
        "Minister for Trade and Industry Tan Boon Keng, Malaysia's Deputy Minister of Investment, Trade and "
        "Industry Ahmad Rizal, and other delegations.",
        "2026-03-03",
        "en",
    )
    pairs = sorted(tuple(e.countries) for e in a.events if e.kind == "bilateral")
    assert pairs == [("MY", "VN"), ("SG", "VN")]
    for e in a.events:
        if e.kind == "bilateral":
            assert "Tran Van Hoa" in {a.people[p.person].name for p in e.participants}


def test_a_comma_before_talks_does_not_make_a_list_of_meetings():
    a = run(
        "Vientiane (VNA) – Minister of Foreign Affairs Bui Thanh Son, who is in Vientiane to attend "
        "the ASEAN "
        "Foreign Ministers' Retreat, held talks with his Lao counterpart on February 1. The retreat opens "
        "on Monday. -VNA",
        "2026-02-01",
        "en",
    )
    ev = events(a)
    assert ev[("AMM-RETREAT", None)][0] == "2026-02-02" and ev[("AMM-RETREAT", None)][4] == "scheduled"
    assert ev[("bilateral", None)][0] == "2026-02-01"


def test_bilateral_subject_is_the_person_named_just_before_the_talks():
    a = run(
        "Foreign Minister Tran Van Hoa and his Russian counterpart Sergei Lavrov at their meeting "
        "(Photo: VNA). "
        "Phnom Penh (VNA) – Minister of Foreign Affairs Tran Van Hoa met with his Russian counterpart Sergei "
        "Lavrov in Phnom Penh on November 12. -VNA",
        "2026-11-13",
        "en",
    )
    (talks,) = [e for e in a.events if e.kind == "bilateral"]
    assert talks.countries == ["RU", "VN"] and talks.start.iso() == "2026-11-12"
    assert {a.people[p.person].name for p in talks.participants} == {"Tran Van Hoa", "Sergei Lavrov"}


def test_an_official_quoted_in_a_meeting_report_attended_it():
    a = run(
        "Hanoï (VNA) - Le ministère des Affaires étrangères a organisé lundi 9 janvier à Hanoï une réunion "
        "intersectorielle pour faire le bilan de la coopération de l'ASEAN en 2025. Les 46e et 47e "
        "Sommets de "
        "l'ASEAN, organisés en 2025 en Malaisie, ont été des succès. Saluant les contributions des "
        "ministères, "
        "le ministre des Affaires étrangères Tran Van Hoa a déclaré que le pays devait se préparer. -VNA",
        "2026-01-09",
        "fr",
    )
    ev = events(a)
    assert ev[("national", None)][6] == {"Tran Van Hoa": "attended"}
    assert ev[("ASEAN-SUMMIT", 46)][6] == {} and ev[("ASEAN-SUMMIT", 46)][5] is True


def test_an_undated_story_takes_the_year_of_the_known_meeting_it_opens_on():
    a = run(
        "Phnom Penh (VNA) - La 55e réunion des ministres des Affaires étrangères de l'ASEAN (AMM-55) s'est "
        "ouverte le 3 août à Phnom Penh. Le ministre Tran Van Hoa y a pris part. -VNA",
        None,
        "fr",
    )
    assert a.reference_year == 2022
    assert events(a)[("AMM", 55)][0] == "2022-08-03"


# -- the cues' trigger words (a speed-up): a sentence without them cannot match the cue ----------



def _cue_patterns(rules):
    patterns = [p for p, _, _ in rules.FUNCTION_CUES]
    return patterns + [rules.ANAPHORA, rules.CLITIC, rules.NOT_PARTICIPANT, rules.FUTURE, rules.PAST]


def test_trigger_words_are_in_every_match():
    for lang, rules in (("fr", fr_rules), ("en", en_rules)):
        c = cues(lang)
        phrases = [*rules.FUNCTION_EXAMPLES, *rules.STATUS_EXAMPLES, *rules.LINK_EXAMPLES]
        # Each phrase, and the same in capitals, with accents and the odd characters re folds.
        texts = phrases + [p.upper() for p in phrases] + ["İl a présidé", "Prenant la parole, X"]
        for pattern in _cue_patterns(rules):
            rx = re.compile(pattern, re.IGNORECASE)
            needs = triggers(pattern)
            for text in texts:
                for m in rx.finditer(text):
                    assert _may_match(needs, _folded(m.group(0))), (pattern, text)
        assert len(c.function_needs) == len(c.functions)


def test_trigger_words_of_a_pattern():
    assert triggers(r"\bprésidée?s?\s+par\b") == ("présidé",)
    assert triggers(r"\b(?:[Cc]o-?)?[Cc]haired\s+by\b|\bunder\s+the\s+chair") == ("chaired", "under")
    assert triggers(r"\b(?:a|ont)\s+") == ("a", "ont")
    assert triggers(r"\b(?:\w+\s+)?la\b") == ("la",)
    assert triggers(r"(?!)") is None


def test_folded_text_keeps_offsets_or_gives_up():
    assert _folded("La Réunion de l'ASEAN") == "la réunion de l'asean"
    assert _folded("İstanbul") is None  # "İ".lower() is two characters
    assert _folded("ſommet") is None  # re folds "ſ" with "s"; str.lower() does not


_WORDS = sorted(
    {
        w
        for rules in (fr_rules, en_rules)
        for phrase in [*rules.FUNCTION_EXAMPLES, *rules.STATUS_EXAMPLES, *rules.LINK_EXAMPLES]
        for w in phrase.split()
    }
    | {"İl", "ſommet", "PRÉSIDÉE", ",", "y", "the"}
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from(["fr", "en"]))
def test_no_cue_matches_a_text_without_its_trigger_words(words, lang):
    text = " ".join(words)
    rules = fr_rules if lang == "fr" else en_rules
    for pattern in _cue_patterns(rules):
        if re.search(pattern, text, re.IGNORECASE):
            assert _may_match(triggers(pattern), _folded(text)), pattern
