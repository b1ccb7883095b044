"""Shared fixtures. Keep small: several modules' tests use it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("CHANCERY_SHARED", "/work/shared"))


@pytest.fixture
def shared_corpus() -> Path:
    """/work/shared/corpus (read-only); the test is skipped where it is absent."""
    path = SHARED / "corpus"
    if not path.is_dir():
        pytest.skip("shared corpus not available")
    return path


# --- ingest, store, export, CLI (spine) ----------------------------------------------------------


def importable_components() -> list[str]:
    """Names of the extraction components whose modules exist (others are being written)."""
    import importlib

    from chancery.extract.pipeline import PIPELINE

    modules = {"dates": "time", "places": "places", "people": "people", "meetings": "meetings",
               "events": "events", "facts": "facts"}
    names = []
    for name, _ in PIPELINE:
        try:
            importlib.import_module(f"chancery.extract.{modules.get(name, name)}")
        except ImportError:
            continue
        names.append(name)
    return names


@pytest.fixture
def available_pipeline(monkeypatch) -> list[str]:
    """Run ingest with the extraction components that exist so far; returns their names."""
    from chancery.extract import pipeline

    names = importable_components()
    monkeypatch.setattr(pipeline, "PIPELINE", [(n, c) for n, c in pipeline.PIPELINE if n in names])
    return names


@pytest.fixture
def sample_dir(tmp_path) -> Path:
    """A small folder of articles written for the tests: 2 wire files (FR, EN), a JSONL of 2 records."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "fr-som.txt").write_text(
        " date 2026-03-12\nVientiane (VNA) - Le vice-ministre des Affaires étrangères Lê Văn Tám a dirigé "
        "jeudi 12 mars la délégation du Vietnam à la réunion des hauts officiels de l'ASEAN (SOM) "
        "à Vientiane.\n\n"
        "La réunion était présidée par le secrétaire permanent laotien Bounmy Phan.-VNA\n",
        encoding="utf-8",
    )
    (d / "en-amm.txt").write_text(
        " date 2026-07-20\nManila (VNA) - Foreign Minister Nguyen Van Binh attended the 59th ASEAN Foreign "
        "Ministers' Meeting (AMM-59) in Manila on July 20.\n\nThe meeting was chaired by the Philippine "
        "Secretary of Foreign Affairs, Ana Cruz.-VNA\n",
        encoding="utf-8",
    )
    rec = ('{"id": "feed-1", "published": "2026-08-01", "lang": "en", "title": "Talks", "text": '
           '"Hanoi (VNA) - Deputy Minister Tran Thi Mai received the Ambassador of Japan in Hanoi on '
           'August 1.-VNA"}')
    (d / "feed.jsonl").write_text(rec + "\n", encoding="utf-8")
    return d
