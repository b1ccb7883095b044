from __future__ import annotations

import pytest

from chancery.langid import identify


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre", "fr"),
        ("La réunion des ministres des Affaires étrangères", "fr"),
        ("lundi 29 janvier", "fr"),
        ("il a dit", "fr"),
        ("The minister", "en"),
        ("on Monday", "en"),
        ("Bui Thanh Son said", "en"),  # "Son" is a name here, not French "son"
        ("Deputy Prime Minister and Minister of Foreign Affairs", "en"),
        ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 đã khai mạc tại Viêng Chăn", "other"),
        ("Pertemuan Menteri Luar Negeri ASEAN ke-57 dibuka di Vientiane pada hari Kamis", "other"),
        ("Menteri Luar Negeri Malaysia memimpin pertemuan yang dihadiri oleh para menteri", "other"),
        ("ASEAN", "other"),
        ("", "other"),
        ("2024-01-29", "other"),
    ],
)
def test_identify(text: str, lang: str) -> None:
    assert identify(text) == lang


def test_french_article_quoting_english_title() -> None:
    text = ("Le Premier ministre a participé au sommet « ASEAN Matters: Epicentrum of Growth » "
            "organisé à Jakarta, où les dirigeants ont adopté une déclaration.")
    assert identify(text) == "fr"
