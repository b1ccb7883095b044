"""The store's tables.

Two layers: what each article says (`Document`, `EventMention`, `PersonMention`, `Participation`,
`TitleRecord`, `FactRecord`), written once per document in one transaction; and the record's
entities (`Event`, `Person`) that resolution builds over the mentions. Every mention keeps its
document and character span into `Document.clean_text`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    fmt: Mapped[str] = mapped_column(String(10))
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))
    published: Mapped[str | None] = mapped_column(String(10))  # as the source gives it
    reference_year: Mapped[int | None] = mapped_column(Integer)  # inferred where undated
    encoding: Mapped[str] = mapped_column(String(20))
    raw_text: Mapped[str] = mapped_column(Text)
    clean_text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    dateline_place: Mapped[str | None] = mapped_column(Text)
    agency: Mapped[str | None] = mapped_column(String(40))
    duplicate_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), index=True)
    story: Mapped[str | None] = mapped_column(String(200), index=True)  # near-duplicate cluster
    meta: Mapped[dict] = mapped_column(JSON, default=dict)  # captions, sentences, removed blocks
    ingested_at: Mapped[datetime] = mapped_column(DateTime)

    event_mentions: Mapped[list[EventMention]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="EventMention.idx"
    )
    person_mentions: Mapped[list[PersonMention]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="PersonMention.idx"
    )


class Rejection(Base):
    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("path", "line", name="uq_rejection_path_line"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime)


class Event(Base):
    """A real-world meeting: the resolved entity, with its consolidated fields."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    series: Mapped[str | None] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    ordinal: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[str | None] = mapped_column(String(10), index=True)
    end: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    status: Mapped[str | None] = mapped_column(String(12))
    partner: Mapped[str | None] = mapped_column(String(4))
    countries: Mapped[list | None] = mapped_column(JSON)
    referenced_only: Mapped[bool] = mapped_column(Boolean, default=False)
    theme: Mapped[str | None] = mapped_column(Text)
    sector: Mapped[str | None] = mapped_column(String(20))

    mentions: Mapped[list[EventMention]] = relationship(back_populates="event")


class Person(Base):
    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    aliases: Mapped[list] = mapped_column(JSON, default=list)

    mentions: Mapped[list[PersonMention]] = relationship(back_populates="person")


class EventMention(Base):
    """A meeting as one article reports or mentions it."""

    __tablename__ = "event_mentions"
    __table_args__ = (UniqueConstraint("doc_id", "idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    series: Mapped[str | None] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(20))
    ordinal: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[str | None] = mapped_column(String(10))
    end: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str | None] = mapped_column(String(2))
    status: Mapped[str | None] = mapped_column(String(12))
    partner: Mapped[str | None] = mapped_column(String(4))
    countries: Mapped[list | None] = mapped_column(JSON)
    referenced_only: Mapped[bool] = mapped_column(Boolean, default=False)
    theme: Mapped[str | None] = mapped_column(Text)
    sector: Mapped[str | None] = mapped_column(String(20))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    links: Mapped[list] = mapped_column(JSON, default=list)  # [{"relation", "target_idx", "start", "end"}]

    document: Mapped[Document] = relationship(back_populates="event_mentions")
    event: Mapped[Event | None] = relationship(back_populates="mentions")
    participations: Mapped[list[Participation]] = relationship(
        back_populates="event_mention", cascade="all, delete-orphan"
    )


class PersonMention(Base):
    """A person as one article names them (full mentions only; short forms point to these)."""

    __tablename__ = "person_mentions"
    __table_args__ = (UniqueConstraint("doc_id", "idx"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    person_id: Mapped[str | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    role: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    spans: Mapped[list] = mapped_column(JSON, default=list)  # every [start, end] naming them

    document: Mapped[Document] = relationship(back_populates="person_mentions")
    person: Mapped[Person | None] = relationship(back_populates="mentions")
    titles: Mapped[list[TitleRecord]] = relationship(back_populates="mention", cascade="all, delete-orphan")


class TitleRecord(Base):
    __tablename__ = "titles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("person_mentions.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    date: Mapped[str | None] = mapped_column(String(10))  # when the article says they held it
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)

    mention: Mapped[PersonMention] = relationship(back_populates="titles")


class Participation(Base):
    __tablename__ = "participations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_mention_id: Mapped[int] = mapped_column(
        ForeignKey("event_mentions.id", ondelete="CASCADE"), index=True
    )
    person_mention_id: Mapped[int] = mapped_column(
        ForeignKey("person_mentions.id", ondelete="CASCADE"), index=True
    )
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    function: Mapped[str] = mapped_column(String(20))
    role: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(2))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)

    event_mention: Mapped[EventMention] = relationship(back_populates="participations")
    person_mention: Mapped[PersonMention] = relationship()


class FactRecord(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    value: Mapped[str] = mapped_column(Text)
    year: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(2))
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)


class Decision(Base):
    """A hand decision on resolution (merge or keep apart), replayed after every re-resolution."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(10))  # event | person
    action: Mapped[str] = mapped_column(String(10))  # merge | split
    # Decisions name mentions, not entity ids: ids change when the record is rebuilt.
    keys: Mapped[list] = mapped_column(JSON)  # [[doc_id, idx], ...] for each side
    made_at: Mapped[datetime] = mapped_column(DateTime)


Index("ix_participations_doc_event", Participation.doc_id, Participation.event_mention_id)
