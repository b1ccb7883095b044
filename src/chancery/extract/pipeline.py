"""The extraction pipeline: an ordered list of small components over one Article.

Each component reads the layers before it and fills its own (spaCy's pipeline, in spirit).
"""

from __future__ import annotations

from collections.abc import Callable

from chancery.document import Article

Component = Callable[[Article], None]


def _dates(article: Article) -> None:
    from chancery.extract.time import find_dates, infer_reference_year

    if article.published:
        article.reference_year = int(article.published[:4])
    else:
        article.reference_year = infer_reference_year(article.text, article.lang)
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


PIPELINE: list[tuple[str, Component]] = [
    ("dates", _dates),
    ("places", _places),
    ("people", _people),
    ("meetings", _meetings),
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
