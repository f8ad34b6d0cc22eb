"""A paragraph whose short title is written in lower case goes on the run of paragraphs: "§7 Föreningsdagar med
Förbundet" ... "§8 projekt Sommarveckan 2015". Look-alikes: a sentence or reference after the sign ("§ 8 i
stadgarna säger ...", "§ 8 beslutades att ...", "§ 8 godkändes utan ändringar") is no heading."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_RUN = ("Styrelsemöte 2014-02-05\n§5 Ekonomi\nEkonomin är god och kassören redogjorde.\n"
        "§6 Rapporter\nInga rapporter denna gång.\n§7 Föreningsdagar med Förbundet\n"
        "Som styrelsen beslutat tidigare kommer det att arrangeras föreningsdagar.\n")
_AFTER = "\nJ-O, Daniela och Lennart från projektet redogjorde för läget.\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize("line", ["§8 projekt Sommarveckan 2015", "§ 8 ekonomisk rapport", "§ 8 övriga frågor"])
def test_lower_case_title_goes_on_the_run(line: str) -> None:
    assert _numbers(_RUN + line + _AFTER) == ["5", "6", "7", "8"]


@pytest.mark.parametrize("line", ["§ 8 i stadgarna säger att styrelsen ska kallas", "§ 8 beslutades att avslå",
                                  "§ 8 godkändes utan ändringar"])
def test_sentence_after_sign_is_no_heading(line: str) -> None:
    assert _numbers(_RUN + line + _AFTER) == ["5", "6", "7"]
