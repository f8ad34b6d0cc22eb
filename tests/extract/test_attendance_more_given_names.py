"""More Swedish and Finland-Swedish given names, met in lists written surname first: "Bystedt Rainer, ledamot
Grägg Ralf, ledamot", "Sillanpää Lasse, teknisk chef Kuoppala Esko, omsorgschef", "Alho Arja, FGE-ordförande
Penttinen Arto, FGE II vice ordförande" (municipal boards of Ostrobothnia and Nyland, flattened front pages).

An entry whose given name was unknown was not read as a person of the run: it was glued onto the entry before it
as its organisation ("Leena Nikkari-Östman", organisation "Bystedt Rainer, ledamot Grägg Ralf"), or kept
surname first. `MORE_GIVEN_NAMES` and `FINNISH_GIVEN_NAMES` now know these names.

Look-alikes: surnames and Swedish words stay no given names.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _is_given
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("word", "given"),
    [
        ("Rainer", True), ("Ralf", True), ("Lasse", True), ("Elvi", True), ("Esko", True), ("Arto", True),
        ("Jarkko", True), ("Marjut", True), ("Benita", True), ("Juhani", True), ("Inge", True), ("Roine", True),
        # look-alikes: surnames and words
        ("Bystedt", False), ("Grägg", False), ("Sillanpää", False), ("Kuoppala", False), ("ledamot", False),
        ("Kommungården", False),
    ],
)
def test_more_given_name(word: str, given: bool) -> None:
    assert _is_given(word) is given


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande Östman Per, ordförande Blusi Anna-Lena, ledamot Bystedt Rainer, ledamot Grägg Ralf, ledamot "
          "Redlig Ann-Kristin, ledamot Östman Elvi, ledamot\n"),
         ["Per Östman", "Anna-Lena Blusi", "Rainer Bystedt", "Ralf Grägg", "Ann-Kristin Redlig", "Elvi Östman"]),
        (("Övriga närvarande Holms Monika, ekonomisekr. Emaus Helena, bildningschef Sillanpää Lasse, teknisk chef "
          "Kuoppala Esko, omsorgschef Niskala Markku, förvaltningsdirektör\n"),
         ["Monika Holms", "Helena Emaus", "Lasse Sillanpää", "Esko Kuoppala", "Markku Niskala"]),
        (("Övriga närvarande Alho Arja, ordförande Penttinen Arto, vice ordförande Nordman Tina, bildningschef "
          "Öberg Benita, grundtrygghetschef Tassberg Marjut, ekonomichef\n"),
         ["Arja Alho", "Arto Penttinen", "Tina Nordman", "Benita Öberg", "Marjut Tassberg"]),
    ],
)
def test_surname_first_run_with_more_given_names(text: str, present: list[str]) -> None:
    got, _ = attendance_names(text, head="Kommunstyrelsen\nProtokoll 31.3.2011\n", tail="\n1 § Öppnande\n")
    assert got == present
