"""A sentence introducing a present list, written without its full stop ("Direktionens ledamöter och ersättare
som var närvarande på mötet"), is skipped and the list read on below it; a line with a name before the same words
("Anna Ek som var närvarande") is an entry, not an introduction.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _is_present_intro
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Direktionens protokoll 2 februari 2022\n\n",
                 tail="\n\n1 § Sammanträdets öppnande\n\nOrdföranden öppnade mötet.")


@pytest.mark.parametrize(
    ("line", "intro"),
    [
        ("Direktionens ledamöter och ersättare som var närvarande på mötet", True),
        ("Nämndens ledamöter som deltog i sammanträdet", True),
        ("Följande personer deltog", True),
        ("Följande ledamöter var närvarande vid mötet", True),
        # look-alikes: a name before the words, or no introducing words at all
        ("Anna Ek som var närvarande", False),
        ("Bo Berg (M) som deltog på distans", False),
        ("Direktionens ledamöter", False),
        ("Ordföranden hälsade alla välkomna", False),
    ],
)
def test_unpunctuated_intro(line: str, intro: bool) -> None:
    assert _is_present_intro(line) is intro


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande\n\nDirektionens ledamöter och ersättare som var närvarande på mötet\n\n"
          "Direktionens ledamöter\nÅke Nylén (S), ordförande\nPirjo Jonsson (S)\n\nDirektionens ersättare\n"
          "Roger Öberg (S)\n\nÖvriga deltagare\nPer Silverliden, förbundschef"),
         ["Åke Nylén", "Pirjo Jonsson", "Roger Öberg", "Per Silverliden"]),
        (("Närvarande:\nFöljande ledamöter var närvarande vid mötet\nKarin Sjö (C)\nLars Ljung (KD)"),
         ["Karin Sjö", "Lars Ljung"]),
    ],
)
def test_list_read_under_unpunctuated_intro(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
