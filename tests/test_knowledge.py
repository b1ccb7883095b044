"""The ASEAN knowledge base: lookups, and the integrity of the YAML files behind them."""

from __future__ import annotations

import re
from pathlib import Path

import pycountry
import pytest

from chancery import knowledge as kb

VOCABULARY = Path("/work/shared/eval/VOCABULARY.md")
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def valid_code(code: str | None) -> bool:
    return code is None or code == "EU" or pycountry.countries.get(alpha_2=code) is not None


def test_fold_matches_the_scorer() -> None:
    assert kb.fold("Đỗ Hùng Việt") == "do hung viet"
    assert kb.fold("Hô Chi Minh-Ville") == "ho chi minh ville"
    assert kb.fold("l’ASEAN") == "l asean"
    assert kb.fold(None) == ""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Laos", "LA"), ("Lao", "LA"), ("laotien", "LA"), ("laotiennes", "LA"), ("du Laos", "LA"),
        ("Cambodia's", "KH"), ("Cambodian", "KH"), ("Vietnamese", "VN"), ("Viet Nam", "VN"),
        ("Việt Nam", "VN"), ("Timor-Leste", "TL"), ("États-Unis", "US"), ("aux Etats-Unis", "US"),
        ("US", "US"), ("U.S.", "US"), ("United States", "US"), ("UE", "EU"), ("EU", "EU"),
        ("European Union", "EU"), ("Union européenne", "EU"), ("Chine", "CN"), ("Japon", "JP"),
        ("Corée du Sud", "KR"), ("Inde", "IN"), ("Australie", "AU"), ("Nouvelle-Zélande", "NZ"),
        ("Russie", "RU"), ("Royaume-Uni", "GB"), ("Canada", "CA"), ("Belgique", "BE"),
        ("the Philippines", "PH"), ("de l'Indonésie", "ID"), ("Birmanie", "MM"), ("Brunei Darussalam", "BN"),
        ("Lao People's Democratic Republic", "LA"), ("Corée du Nord", "KP"), ("néo-zélandais", "NZ"),
    ],
)  # fmt: skip
def test_country_code(text: str, code: str) -> None:
    assert kb.country_code(text) == code


def test_country_code_unknowns_and_case() -> None:
    assert kb.country_code("us") is None  # the pronoun, not the country
    assert kb.country_code("ASEAN") is None
    assert kb.country_code("") is None
    assert kb.country_code("Laos", "fr") == "LA"


def test_country_name_and_terms() -> None:
    assert kb.country_name("VN") == "Vietnam"
    assert kb.country_name("ID", "fr") == "Indonésie"
    assert kb.country_name("EU") == "European Union"
    terms = kb.country_terms("fr")
    assert ("laotiennes", "LA") in terms and ("Laos", "LA") in terms
    assert [len(t) for t, _ in terms] == sorted((len(t) for t, _ in terms), reverse=True)
    assert ("Cambodia's", "KH") in kb.country_terms("en")


def test_cities() -> None:
    assert kb.city("Hanoï") == kb.city("Hà Nội") == kb.city("hanoi")
    assert (kb.city("Hanoï").name, kb.city("Hanoï").country) == ("Hanoi", "VN")
    assert kb.city("Hô Chi Minh-Ville").name == "Ho Chi Minh City"
    assert (kb.city("Bruxelles").name, kb.city("Bruxelles").country) == ("Brussels", "BE")
    assert kb.city("Naypyidaw").name == "Nay Pyi Taw"
    assert kb.city("Semarang").province == "Central Java"
    assert kb.city("Atlantis") is None
    assert kb.capital("LA").name == "Vientiane" and kb.capital("VN").name == "Hanoi"
    assert kb.province("Java central").name == "Central Java"
    assert kb.province("province de Khánh Hòa").country == "VN"


def test_chairs() -> None:
    expected = {2015: "MY", 2016: "LA", 2017: "PH", 2018: "SG", 2019: "TH", 2020: "VN", 2021: "BN",
                2022: "KH", 2023: "ID", 2024: "LA", 2025: "MY", 2026: "PH"}  # fmt: skip
    assert {y: kb.chair(y) for y in expected} == expected
    assert kb.chair(1850) is None


def test_known_meetings() -> None:
    m = kb.known_meeting("ASEAN-SUMMIT", 43)
    assert (m.start, m.end, m.city, m.country) == ("2023-09-05", "2023-09-07", "Jakarta", "ID")
    m = kb.known_meeting("ASEAN-SUMMIT", 36)
    assert (m.start, m.city, m.country) == ("2020-06-26", None, "VN")  # held online
    assert kb.known_meeting("AMM", 57).city == "Vientiane"
    assert kb.known_meeting("ASEAN-SUMMIT", 999) is None
    summits = kb.known_meetings("ASEAN-SUMMIT")
    assert {m.ordinal for m in summits} >= set(range(20, 48))
    assert {m.ordinal for m in kb.known_meetings("EAS")} >= set(range(7, 21))
    assert {m.ordinal for m in kb.known_meetings("ARF")} >= set(range(20, 33))
    assert {m.ordinal for m in kb.known_meetings("AMM")} >= set(range(45, 59))


def test_people() -> None:
    p = kb.person("Nguyên Quôc Dung")
    assert p is not None and p.name == "Nguyen Quoc Dung" and p.country == "VN"
    assert kb.person("Bùi Thanh Sơn") is kb.person("bui thanh son")
    assert kb.person("Jokowi").name == "Joko Widodo"
    assert kb.person("Kao Kim Hourn").country is None  # the ASEAN Secretariat serves no country
    assert kb.person("Nobody Atall") is None
    assert kb.asean_members() == frozenset({"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"})


# --- integrity of the data files ---


def test_country_codes_are_valid() -> None:
    for code in kb._country_data():
        assert valid_code(code), code
    for c in kb.cities():
        assert valid_code(c.country), c
    for p in kb.provinces():
        assert valid_code(p.country), p
    for v in kb.venues():
        assert valid_code(v.country), v
    for p in kb.known_people():
        assert valid_code(p.country), p
    for year in range(2001, 2028):
        assert valid_code(kb.chair(year)), year


def test_every_member_and_partner_has_fr_and_en_forms() -> None:
    data = kb._country_data()
    partners = {"AU", "CA", "CN", "IN", "JP", "KR", "NZ", "RU", "US", "GB", "EU"}
    for code in sorted(kb.asean_members() | partners):
        assert data[code]["en"]["names"] and data[code]["fr"]["names"], code
        assert data[code]["fr"]["adjectives"], code


def test_one_spelling_one_city() -> None:
    seen: dict[str, str] = {}
    for c in kb.cities():
        assert c.name.isascii(), c.name
        for form in {kb.fold(f) for f in (c.name, *c.aliases)}:
            assert seen.setdefault(form, c.name) == c.name, form
    for c in kb.cities():
        if c.province:
            assert isinstance(c.province, str)
    assert sum(c.capital for c in kb.cities() if c.country == "VN") == 1


def test_meetings_integrity() -> None:
    cities = {c.name for c in kb.cities()}
    for m in kb.known_meetings():
        assert m.start is None or ISO.match(m.start), m
        assert m.end is None or ISO.match(m.end), m
        assert m.end is None or m.start is None or m.end >= m.start, m
        assert m.city is None or m.city in cities, m
        assert valid_code(m.country), m
        assert m.ordinal is None or m.ordinal > 0
    keys = [(m.series, m.ordinal) for m in kb.known_meetings() if m.ordinal is not None]
    assert len(keys) == len(set(keys))


def test_meeting_series_are_in_the_vocabulary() -> None:
    if not VOCABULARY.exists():
        pytest.skip("shared vocabulary not available")
    codes = set(re.findall(r"`([A-Z][A-Z0-9+-]+)`", VOCABULARY.read_text(encoding="utf-8")))
    for m in kb.known_meetings():
        assert m.series in codes, m.series


def test_people_integrity() -> None:
    seen: dict[str, str] = {}
    for p in kb.known_people():
        for form in {kb.fold(f) for f in (p.name, *p.aliases)}:
            assert seen.setdefault(form, p.name) == p.name, form
        for title, start, end in p.posts:
            assert title
            assert start is None or ISO.match(start), (p.name, start)
            assert end is None or ISO.match(end), (p.name, end)
            assert start is None or end is None or start <= end, (p.name, title)
