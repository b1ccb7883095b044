"""The extraction pipeline: an ordered list of small components over one Article.

Each component reads the layers before it and fills its own (spaCy's pipeline, in spirit).
"""

from __future__ import annotations

from collections.abc import Callable

from chancery.document import Article

Component = Callable[[Article], None]


def _reference_year(article: Article) -> None:
    from chancery.extract.time import infer_reference_year

    if article.published:
        article.reference_year = int(article.published[:4])
        return
    inferred = infer_reference_year(article.text, article.lang)
    article.reference_year = inferred or _year_of_known_meeting(article)


def _year_of_known_meeting(article: Article) -> int | None:
    """An undated story that opens on a numbered meeting the knowledge files date ("la 16e
    réunion ... s'est ouverte le 22 juin") is told in that meeting's year."""
    from chancery import knowledge as kb

    for mention in article.meetings:
        if mention.sentence > 1:
            break
        numbered = mention.series and mention.ordinal
        sector = kb.sector([mention.text], mention.series, article.lang) if numbered else None
        known = kb.known_meeting(mention.series, mention.ordinal, sector) if numbered else None
        if known and known.start:
            return int(known.start[:4])
    return None


def _dates(article: Article) -> None:
    from chancery.extract.time import find_dates

    article.dates = find_dates(article)


def _places(article: Article) -> None:
    from chancery.extract.places import find_places

    article.places = find_places(article)


def _people(article: Article) -> None:
    from chancery.extract.people import find_people

    article.people = find_people(article)


def _meetings(article: Article) -> None:
    from chancery.extract.meetings import find_meetings

    article.meetings = find_meetings(article)


def _events(article: Article) -> None:
    from chancery.extract.events import assemble

    article.events = assemble(article)


def _facts(article: Article) -> None:
    from chancery.extract.facts import find_facts

    article.facts = find_facts(article)


# Meetings come before dates: an undated story's year can be that of the numbered meeting it
# opens on.
PIPELINE: list[tuple[str, Component]] = [
    ("places", _places),
    ("people", _people),
    ("meetings", _meetings),
    ("year", _reference_year),
    ("dates", _dates),
    ("events", _events),
    ("facts", _facts),
]


def extract(article: Article) -> Article:
    """Run every component, in order, over a clean article."""
    if article.lang not in ("fr", "en"):
        return article  # no rules for other languages: the document is stored, with no facts
    for _name, component in PIPELINE:
        component(article)
    return article
