"""Caches of text-derived values live for one document only (planner.extract.caches)."""

from __future__ import annotations

from pathlib import Path

from planner.extract import caches, extract_text, minutes_from_text

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def _sizes() -> list[int]:
    return [clear.__self__.cache_info().currsize for clear in caches._CLEARS]  # type: ignore[attr-defined]


def test_every_text_cache_is_registered_and_used() -> None:
    extract_text(minutes_from_text(SEEDS[0].read_text(encoding="utf-8-sig"), SEEDS[0].name))
    assert len(caches._CLEARS) >= 4
    assert sum(_sizes()) > 0  # the caches are in use while a document is read


def test_nothing_read_in_one_document_is_kept_for_the_next() -> None:
    first, second = (minutes_from_text(p.read_text(encoding="utf-8-sig"), p.name) for p in SEEDS[:2])
    caches.forget_texts()
    extract_text(second)
    alone = _sizes()
    extract_text(first)
    after_first = _sizes()
    extract_text(second)
    assert _sizes() == alone  # as if the first document had never been read
    assert after_first != alone


def test_forget_texts_empties_every_cache() -> None:
    extract_text(minutes_from_text(SEEDS[1].read_text(encoding="utf-8-sig"), SEEDS[1].name))
    caches.forget_texts()
    assert _sizes() == [0] * len(caches._CLEARS)
