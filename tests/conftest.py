"""Shared fixtures: paths of the seeds and of the gold files copied into tests/data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def seed():
    """Return a function: seed("003") -> path of seeds/003_*.txt."""

    def find(prefix: str) -> Path:
        matches = sorted((ROOT / "seeds").glob(f"{prefix}_*"))
        assert matches, f"no seed {prefix}"
        return matches[0]

    return find
