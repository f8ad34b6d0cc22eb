"""A fault inside one extraction step costs that step's facts only (`planner.extract._guarded`).

The steps are pure functions over real text, so the guard is tested with plain callables that fail
as a bug would; the stored documents are tested elsewhere to give no such warning at all.
"""

from __future__ import annotations

import pytest

from planner.extract import INTERNAL_FAULT, _guarded, extract_text, minutes_from_text


def _fails(error: Exception):  # type: ignore[no-untyped-def]
    def run() -> object:
        raise error
    return run


@pytest.mark.parametrize("error", [UnboundLocalError("cannot access local variable 'grouping'"),
                                   IndexError("list index out of range"), KeyError("datum"),
                                   ValueError("day is out of range for month")])
def test_a_step_that_fails_gives_its_fallback_and_a_warning_naming_file_and_step(error: Exception) -> None:
    doc = minutes_from_text("Protokoll 2021-03-04\n", "styrelse-210304.txt")
    faults: list[str] = []
    assert _guarded("items", doc, _fails(error), ([], [], []), faults) == ([], [], [])
    assert len(faults) == 1
    assert faults[0].startswith("styrelse-210304.txt: items not read")
    assert INTERNAL_FAULT in faults[0] and type(error).__name__ in faults[0]


def test_a_step_that_succeeds_is_returned_with_no_warning() -> None:
    doc = minutes_from_text("Protokoll 2021-03-04\n", "x.txt")
    faults: list[str] = []
    assert _guarded("events", doc, lambda: ([1], "2021-04-01", []), ([], None, []), faults) == ([1], "2021-04-01", [])
    assert faults == []


def test_real_minutes_give_no_internal_fault() -> None:
    text = ("Protokoll styrelsemöte 2021-03-04\nNärvarande: Anna Ek, Bo Berg\n\n1. Mötets öppnande\n"
            "2. Val av justerare\n3. Nästa möte den 8 april 2021\n")
    extraction = extract_text(minutes_from_text(text, "x.txt"))
    assert [i.number for i in extraction.items] == ["1", "2", "3"]
    assert not any(INTERNAL_FAULT in w for w in extraction.warnings)
