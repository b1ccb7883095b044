"""Ingest: files -> read -> clean -> extract -> store, one transaction per document, then resolve.

Idempotent and crash-safe: a document already stored (same id) is skipped, so running again after
a crash resumes where it stopped; a document whose clean text is already stored under another id
is kept as a duplicate of the first one, without mentions of its own.

Test hook: the environment variable CHANCERY_TEST_SLOW_MS makes ingest sleep that many
milliseconds after each document, so that a test can kill it mid-run.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from chancery.decisions import follow_mentions, mentions_of
from chancery.document import Rejection, SourceDoc
from chancery.store.db import open_store
from chancery.store.models import Document, EventMention, PersonMention
from chancery.store.write import content_hash, save_article, save_rejection

SLOW_ENV = "CHANCERY_TEST_SLOW_MS"


@dataclass
class IngestSummary:
    added: list[str] = field(default_factory=list)  # new documents (duplicates included)
    skipped: list[str] = field(default_factory=list)  # already in the store
    reextracted: list[str] = field(default_factory=list)  # stored, extracted again (--reextract)
    decisions_lost: int = 0  # mentions named by hand decisions that re-extraction no longer finds
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (doc id, original id)
    rejected: list[Rejection] = field(default_factory=list)
    seconds: float = 0.0
    resolve_seconds: float = 0.0  # of which: rebuilding the record's events and people

    @property
    def rate(self) -> float:
        return len(self.added) / self.seconds if self.seconds > 0 else 0.0


class ExtractionError(Exception):
    """A document that clean/extract failed on (raised under --strict; recorded otherwise)."""


def resolve_store(session: Session) -> None:
    """Rebuild the record's events and people from every mention."""
    from chancery.resolve import resolve

    resolve(session)


def _unresolved(session: Session) -> bool:
    """Mentions not linked to an entity: a run stopped before (or during) resolution."""
    return (
        session.scalars(select(EventMention.id).where(EventMention.event_id.is_(None)).limit(1)).first()
        is not None
        or session.scalars(select(PersonMention.id).where(PersonMention.person_id.is_(None)).limit(1)).first()
        is not None
    )


def _process(source: SourceDoc):
    # Imported here so that the store, CLI and export work while the pipeline is being built.
    from chancery.clean import clean
    from chancery.extract.pipeline import extract

    return extract(clean(source))


class _Progress:
    """A Rich progress line on stderr (documents, documents/s, rejects) when it is a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled and sys.stderr.isatty():
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.fields[docs]} documents"),
                TextColumn("{task.fields[rate]:.1f}/s"),
                TextColumn("[red]{task.fields[rejects]} rejected"),
                TextColumn("[dim]{task.description}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=False,
            )
            self.task = self.bar.add_task("", docs=0, rate=0.0, rejects=0)
        self.t0 = time.perf_counter()

    def __enter__(self) -> _Progress:
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc) -> None:
        if self.bar:
            self.bar.stop()

    def update(self, summary: IngestSummary, current: str) -> None:
        if self.bar:
            elapsed = max(time.perf_counter() - self.t0, 1e-9)
            done = len(summary.added) + len(summary.skipped)
            self.bar.update(
                self.task, description=current, docs=done, rate=done / elapsed, rejects=len(summary.rejected)
            )


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    strict: bool = False,
    progress: bool = True,
    reextract: bool = False,
) -> IngestSummary:
    """Read every article under `paths` into the store at `db`, then rebuild the record.

    `reextract`: documents already stored are extracted again with the current rules (their
    rows are replaced, one transaction each, and hand decisions follow their mentions)."""
    from chancery.readers import read_paths

    t0 = time.perf_counter()
    factory: sessionmaker[Session] = open_store(db)
    summary = IngestSummary()
    slow = float(os.environ.get(SLOW_ENV, "0") or 0) / 1000.0

    with factory() as session:
        known: set[str] = set(session.scalars(select(Document.id)))
        originals: dict[str, str] = {}
        for doc_id, h in session.execute(
            select(Document.id, Document.content_hash)
            .where(Document.duplicate_of.is_(None))
            .order_by(Document.ingested_at, Document.id)
        ):
            originals.setdefault(h, doc_id)

    read_now: dict[str, str] = {}  # id -> the input it was read from, in this run
    with _Progress(progress) as bar:
        for item in read_paths(paths):
            if isinstance(item, Rejection):
                _reject(factory, summary, item)
                bar.update(summary, item.path)
                continue
            where = f"{item.path}:{item.line}" if item.line else item.path
            if read_now.get(item.doc_id) == where:
                continue  # the same input named twice on the command line
            if item.doc_id in read_now:
                # Two inputs of this run claim one id (two feeds, a.txt and a.html): keep the first.
                first = read_now[item.doc_id]
                _reject(
                    factory,
                    summary,
                    Rejection(item.path, f"id {item.doc_id!r} already used by {first}", item.line),
                )
                continue
            read_now[item.doc_id] = where
            again = item.doc_id in known
            if again and not reextract:
                summary.skipped.append(item.doc_id)
                bar.update(summary, item.doc_id)
                continue
            try:
                article = _process(item)
            except ImportError:
                raise  # a missing pipeline component is a broken install, not a bad document
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
                if strict:
                    raise ExtractionError(f"{item.path}: {type(exc).__name__}: {exc}") from exc
                _reject(
                    factory,
                    summary,
                    Rejection(item.path, f"extraction failed: {type(exc).__name__}: {exc}", item.line),
                )
                continue
            h = content_hash(article.text)
            original = originals.get(h)
            if original == item.doc_id:
                original = None  # re-extracting the original itself
            if again:
                with factory.begin() as session:
                    before = mentions_of(session, item.doc_id)
                    save_article(session, article, h, original, replace=True)
                    session.flush()
                    summary.decisions_lost += follow_mentions(session, item.doc_id, before)
                summary.reextracted.append(item.doc_id)
                bar.update(summary, item.doc_id)
                continue
            with factory.begin() as session:
                save_article(session, article, h, original)
            known.add(item.doc_id)
            summary.added.append(item.doc_id)
            if original is not None:
                summary.duplicates.append((item.doc_id, original))
            else:
                originals[h] = item.doc_id
            bar.update(summary, item.doc_id)
            if slow:
                time.sleep(slow)

    t_resolve = time.perf_counter()
    with factory.begin() as session:
        if summary.added or summary.reextracted or _unresolved(session):
            resolve_store(session)
    summary.resolve_seconds = time.perf_counter() - t_resolve
    factory.kw["bind"].dispose()
    summary.seconds = time.perf_counter() - t0
    return summary


def _reject(factory: sessionmaker[Session], summary: IngestSummary, rejection: Rejection) -> None:
    with factory.begin() as session:
        save_rejection(session, rejection)
    summary.rejected.append(rejection)
