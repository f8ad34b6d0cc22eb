"""A label without colon before a list whose first name carries a middle initial.

Swedish municipal minutes write the label in a column beside the names ("Beslutande Lars G Linder (S),
tjänstgörande ordförande ..."); a copy that keeps the label and the first name on one line must still read
the list when the first member is written with a middle initial ("Lars G Linder", "Anna K. Berg").
Look-alikes: a label word opening a sentence, or a single capital that is no initial between two names.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Barn- och utbildningsnämnden\n\nProtokoll 2016-09-15\n\n"
_TAIL = "\n\n§ 1 Val av justerare\n\nNämnden beslutar att utse Bo Berg."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Beslutande Lars G Linder (S), tjänstgörande ordförande Niklas Frykman (L), "
          "2:e vice ordförande Susann Karlsson (S)\n\nMats Wernersson (S) Lill Holmström (S)"),
         ["Lars G Linder", "Niklas Frykman", "Susann Karlsson", "Mats Wernersson", "Lill Holmström"]),
        ("Beslutande Anna K. Berg (M), ordförande Bo Ek (S), vice ordförande\n\nCia Holm (C)",
         ["Anna K. Berg", "Bo Ek", "Cia Holm"]),
        ("Närvarande Per-Olof B Lund, Eva Nord, Gun Ås", ["Per-Olof B Lund", "Eva Nord", "Gun Ås"]),
        # as before: no initial
        ("Beslutande Lars Linder (S), ordförande Niklas Frykman (L)", ["Lars Linder", "Niklas Frykman"]),
    ],
)
def test_label_before_name_with_middle_initial(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    "text",
    [
        "Beslutande organ är nämnden, enligt A 3 i reglementet.",  # prose after the label word
        "Närvarande vid mötet var Nämnden A B.",
    ],
)
def test_no_list_without_names(text: str) -> None:
    assert _lists(text) == ([], [])
