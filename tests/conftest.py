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
