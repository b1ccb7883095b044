"""The record of the shared corpus, scored by the shared scorer: a guard against regressions.

The thresholds are the issues' targets; the scorer and gold files are ../shared's (skipped where
absent). The figures themselves are reported in the notes, not here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chancery.export import export
from chancery.ingest import ingest
from chancery.store.db import open_store

SHARED = Path(os.environ.get("CHANCERY_SHARED", "/work/shared"))


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict:
    corpus, gold, scorer = SHARED / "corpus", SHARED / "gold", SHARED / "eval" / "score.py"
    if not (corpus.is_dir() and gold.is_dir() and scorer.is_file()):
        pytest.skip("shared corpus, gold and scorer not available")
    work = tmp_path_factory.mktemp("quality")
    db = work / "q.db"
    ingest([corpus], db, progress=False)
    with open_store(db)() as session:
        (work / "record.json").write_text(export(session, "record"), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(gold), "--record", str(work / "record.json"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def test_record_f1(scores):
    assert scores["record_f1"] >= 0.85


def test_events_people_titles_dates(scores):
    assert scores["events"]["f1"] >= 0.85
    assert scores["people"]["f1"] >= 0.90
    assert scores["titles_found"] >= 0.85
    assert scores["event_fields"]["start"] >= 0.90


def test_one_record_across_articles(scores):
    assert scores["cross_article"]["f1"] >= 0.95
