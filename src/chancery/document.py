"""The objects that flow through the pipeline: read -> clean -> extract -> resolve -> store.

A reader turns an input file into `SourceDoc`s (or `Rejection`s); the cleaner turns a
`SourceDoc` into an `Article` whose `text` is the stored clean text; extractors add annotation
layers to the `Article` (dates, places, people, meetings), each with character spans into
`Article.text`, and finally the `events` the article reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["year", "month", "day"]
Status = Literal["held", "scheduled", "ongoing", "cancelled"]
Function = Literal["chaired", "led_delegation", "attended", "hosted"]


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range [start, end) in an article's clean text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(slots=True)
class SourceDoc:
    """One article as a reader found it, before cleaning."""

    doc_id: str
    path: str
    fmt: Literal["wire", "html", "jsonl"]
    raw: str  # the decoded input as it was (for HTML: the whole page; for JSONL: the line)
    text: str  # the article text before cleaning (HTML: the main text)
    published: str | None = None  # ISO date at its precision: YYYY, YYYY-MM or YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    lang: str | None = None  # as declared by the source, if any
    encoding: str = "utf-8"
    line: int | None = None  # JSONL: 1-based line number


@dataclass(slots=True)
class Rejection:
    """An input (file, or one JSONL line) that could not be read, with the reason."""

    path: str
    reason: str
    line: int | None = None


@dataclass(slots=True)
class Dateline:
    place: str  # as written: "Luang Prabang", "Hanoï"
    agency: str | None  # "VNA"
    span: Span


@dataclass(slots=True)
class DatePoint:
    """A calendar date at some precision; `year` may be unknown until inferred."""

    year: int | None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Precision | None:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year" if self.year is not None else None

    def iso(self) -> str | None:
        """YYYY, YYYY-MM or YYYY-MM-DD; None while the year is unknown."""
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression found in the text and resolved as far as the anchor allows."""

    span: Span
    text: str
    start: DatePoint
    end: DatePoint | None = None  # ranges: "du 30 juillet au 3 août"
    relative: bool = False  # "demain", "on Monday", "la veille", "last week"
    year_explicit: bool = False  # the year was written in the expression itself
    kind: str = "date"  # date | range | relative | month | year | time_of_day


@dataclass(slots=True)
class PlaceMention:
    span: Span
    text: str
    city: str | None  # English exonym, no diacritics: "Hanoi"
    country: str | None  # ISO 3166-1 alpha-2
    kind: Literal["city", "province", "country", "venue", "region"] = "city"


@dataclass(slots=True)
class TitleMention:
    span: Span
    text: str  # as written: "vice-ministre des Affaires étrangères"
    country: str | None = None  # the country the title says the holder serves ("du Laos")


@dataclass(slots=True)
class PersonMention:
    span: Span  # the name only
    name: str  # as written
    titles: list[TitleMention] = field(default_factory=list)
    country: str | None = None  # the country the person serves, if the text says it
    role: str | None = None  # the full title phrase as written, for the record's participant role
    short: bool = False  # a short form ("Son", "Minister Son") resolved to an earlier full mention
    refers_to: int | None = None  # index of the full mention in Article.people for short forms


@dataclass(slots=True)
class MeetingMention:
    span: Span
    text: str
    series: str | None  # VOCABULARY.md code, or None (national/bilateral/other)
    kind: str  # summit | ministerial | senior_officials | working | bilateral | national | other
    ordinal: int | None = None
    partner: str | None = None
    countries: list[str] | None = None
    sentence: int = 0  # index into Article.sentences


@dataclass(slots=True)
class Participation:
    person: int  # index into Article.people
    function: Function
    span: Span  # the evidence sentence (or clause)


@dataclass(slots=True)
class Link:
    relation: Literal["prepares", "part_of"]
    target: int  # index into Article.events
    span: Span


@dataclass(slots=True)
class ExtractedEvent:
    """A meeting as one article reports or mentions it."""

    series: str | None
    kind: str
    span: Span  # the sentence that best states the meeting
    ordinal: int | None = None
    start: DatePoint | None = None
    end: DatePoint | None = None
    city: str | None = None
    country: str | None = None
    status: Status | None = None
    referenced_only: bool = False
    partner: str | None = None
    countries: list[str] | None = None
    participants: list[Participation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # indices into Article.meetings
    theme: str | None = None
    # For series that gather several bodies (OTHER-MINISTERIAL...): which one ("ALMM"); see
    # knowledge/data/sectors.yaml.
    sector: str | None = None


@dataclass(slots=True)
class Fact:
    """Anything else worth recording: chair of the year, a theme, a count, a document cited."""

    kind: Literal["chair", "theme", "count", "document"]
    value: str
    span: Span
    year: int | None = None
    country: str | None = None


@dataclass(slots=True)
class Article:
    """The clean article and every layer extracted from it (spaCy's Doc, in spirit)."""

    source: SourceDoc
    text: str  # clean text: the one stored, and the one every span points into
    lang: str = "other"  # fr | en | other
    published: str | None = None
    dateline: Dateline | None = None
    agency: str | None = None
    captions: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)  # sign-offs and other non-article text
    removed: list[str] = field(default_factory=list)  # repeated blocks dropped by the cleaner
    sentences: list[Span] = field(default_factory=list)
    dates: list[TimeExpr] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)
    meetings: list[MeetingMention] = field(default_factory=list)
    events: list[ExtractedEvent] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    reference_year: int | None = None  # the year the article is written in, inferred if undated

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    def sentence_of(self, span: Span) -> int:
        """Index of the sentence that holds the start of `span`."""
        for i, s in enumerate(self.sentences):
            if s.start <= span.start < s.end:
                return i
        return max(0, len(self.sentences) - 1)

    def in_caption(self, span: Span) -> bool:
        return any(c.contains(span) or c.overlaps(span) for c in self.captions)
