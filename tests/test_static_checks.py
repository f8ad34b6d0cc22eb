"""The code stays `mypy --strict` and ruff clean: both run here, so the test command (and CI) catches a
type error or a lint finding as it catches a failing test. Helpers merged in parallel once left mypy
errors that no test saw (a variable reused with another type, a Match that may be None)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["planner", "calendars", "notifications"]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], check=False, cwd=ROOT, capture_output=True, text=True,
                          timeout=900)


def test_mypy_strict_is_clean() -> None:
    result = _run("mypy", "--strict", "--no-error-summary", *PACKAGES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = _run("ruff", "check", *PACKAGES, "tests", "bench", "scripts")
    assert result.returncode == 0, result.stdout + result.stderr
