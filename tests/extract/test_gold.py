"""Score the extraction against the gold files (seeds and the development set of real minutes).

Uses a copy of the project's scorer (tests/data/score_extraction.py) in-process, so the suite
stands on its own. The thresholds are the acceptance bars of the extraction issue.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from planner.extract import extract_minutes

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = DATA.parent.parent


def _scorer():
    spec = importlib.util.spec_from_file_location("score_extraction", DATA / "score_extraction.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(docs: Path, gold: Path) -> dict:
    scorer = _scorer()
    scores = scorer.Scores()
    for gold_path in sorted(gold.glob("*.json")):
        doc = next(docs.glob(gold_path.stem + ".*"))
        pred = extract_minutes(doc).to_json()
        scores.score_doc(json.loads(gold_path.read_text(encoding="utf-8")), pred)
    return scores.figures()


def test_seeds_meet_the_bar():
    figs = _score(ROOT / "seeds", DATA / "gold")
    assert figs["score"] >= 0.95, figs
    for key, value in figs.items():
        if value is not None:
            assert value >= 0.90, (key, figs)


def test_development_set_meets_the_bar():
    figs = _score(DATA / "dev" / "docs", DATA / "dev" / "gold")
    assert figs["score"] >= 0.85, figs


@pytest.mark.parametrize("doc", sorted((DATA / "dev" / "docs").glob("*")) + sorted((ROOT / "seeds").glob("*")),
                         ids=lambda p: p.stem)
def test_every_document_extracts_with_spans_inside_the_text(doc: Path):
    result = extract_minutes(doc)
    text = doc.read_bytes().decode("utf-8-sig")
    for event in result.events:
        start, end = event.span
        assert 0 <= start < end <= len(text), event
