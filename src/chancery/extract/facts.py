"""Other facts: the ASEAN chair of the year, meeting themes, counts, documents cited."""

from __future__ import annotations

from chancery.document import Article, Fact


def find_facts(article: Article) -> list[Fact]:
    return []
