"""An official's note of paragraphs and hours wrapped onto a line of its own, and the longer checker labels.

Municipal minutes note when an official attended: "Anne Ek, verksamhetschef, § 85–86, kl 09.10–10.45," and the
note wraps to a line "§ 88, kl 11.25–11.35." That line goes on with the list (the officials below it are
present); a line "§ 88 Budget" is an item and ends it. "Protokolljusterare Bo Berg (S)" after the list is the
checker's label, as "Justerare" is, and ends the list.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Barn- och utbildningsnämnden\n\nProtokoll 2016-05-25\n\n"
_TAIL = "\n\n§ 81 Val av justerare\n\nNämnden beslutar att utse Kjell Ek."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)

_LIST = ("Beslutande ledamöter Lis Andersson (S), ordförande\n\nKjell Ek (M) Peter Karlsson (C)\n\n"
         "Tjänstemän Anne Ek, verksamhetschef, § 85–86, kl 09.10–10.45,\n\n")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (_LIST + "§ 88, kl 11.25–11.35.\n\nEva Johansson, förskolechef, Linda Carlsson, controller",
         ["Lis Andersson", "Kjell Ek", "Peter Karlsson", "Anne Ek", "Eva Johansson", "Linda Carlsson"]),
        (_LIST + "§§ 88-89, kl. 11.25–11.35.\n\nEva Johansson, förskolechef",
         ["Lis Andersson", "Kjell Ek", "Peter Karlsson", "Anne Ek", "Eva Johansson"]),
        (_LIST + "§ 88, kl 11.25–11.35.\n\nMia Berg, sekreterare\n\nProtokolljusterare Kjell Ek (M)",
         ["Lis Andersson", "Kjell Ek", "Peter Karlsson", "Anne Ek", "Mia Berg"]),
        # look-alikes: an item after the list ends it
        (_LIST + "§ 88 Budget 2017\n\nEva Johansson redogör för budgeten.",
         ["Lis Andersson", "Kjell Ek", "Peter Karlsson", "Anne Ek"]),
        (_LIST + "§ 88, Budget 2017\n\nEva Johansson, förskolechef, redogör.",
         ["Lis Andersson", "Kjell Ek", "Peter Karlsson", "Anne Ek"]),
    ],
)
def test_wrapped_paragraph_note_goes_on_with_the_list(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
