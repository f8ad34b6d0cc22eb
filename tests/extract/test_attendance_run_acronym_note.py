"""Names run together without separators, with a role or an organisation abbreviated in capitals after a person.

A flattened column of names ("Närvarande Anna Anderberg Caroline Bornsjö ... Linda Wallin VC (del av möte)")
puts an abbreviated role ("VC" for verksamhetschef, "VD", "HR") or organisation ("SPF", "GR") between two persons;
it is a note, no name, and the run still splits into given name and surname pairs. Look-alikes: a run that is
no list of names (digits, punctuation) and an odd run that does not split into pairs stay unread.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _run_together
from tests.extract.attendance_lists import attendance_names

_HEAD = "Styrelsemöte 8 februari 2017\n\n"
_TAIL = "\n\n1 Mötets öppnande\n\nOrdföranden hälsade välkommen."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna Anderberg Caroline Bornsjö Lisa Warn Linda Wallin VC (del av möte)",
         ["Anna Anderberg", "Caroline Bornsjö", "Lisa Warn", "Linda Wallin"]),
        ("Anna Ek SPF Bo Berg PRO Karin Lund Eva Dahl",
         ["Anna Ek", "Bo Berg", "Karin Lund", "Eva Dahl"]),
        ("Per Holm VD Sara Lind HR Eva Dahl Olle Berg", ["Per Holm", "Sara Lind", "Eva Dahl", "Olle Berg"]),
        # look-alikes: an odd run of unknown words, digits and punctuation, a sentence
        ("Anna Ek SPF Bo", []),
        ("Anna Ek 2017-02-08 Bo Berg Karin Lund", []),
        ("Anna Ek, Bo Berg, Karin Lund, Eva Dahl", []),
    ],
)
def test_acronym_between_names_run_together(text: str, names: list[str]) -> None:
    assert [p.name for p in _run_together(text, 0)] == names


def test_flattened_lists_with_an_abbreviated_role() -> None:
    text = ("Styrelsemöte Göteborgs Fältrittklubb 8 februari 2017 i konferensrummet. Närvarande Anna Anderberg "
            "Caroline Bornsjö Joel Carlsson Anneli Fagerberg Johanna Maxson Linda Wallin VC (del av möte) "
            "Förhindrade Maja Hedström Veronika Nihlén 1 Mötets öppnande Joel Carlsson hälsade välkommen")
    present, absent = _lists(text)
    assert present == ["Anna Anderberg", "Caroline Bornsjö", "Joel Carlsson", "Anneli Fagerberg",
                       "Johanna Maxson", "Linda Wallin"]
    assert absent == ["Maja Hedström", "Veronika Nihlén"]
