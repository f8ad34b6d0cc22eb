"""The label "Anmält förhinder:" split by the first entry of a flattened column: "... ersättare 1 Anmält Lina
Persson ersättare 2 förhinder: Conny Obrell adjungerad".

A two-column table of the header (labels left, names and roles right) flattened to one line puts the label's
first word before the column's first row and its second word after it, so neither word was read as the label
and the whole line read no one. The words are joined again before the entries ("Anmält förhinder: Lina Persson
ersättare 2 Conny Obrell ..."), and the entries read between them keep where they stand in the text.
Look-alikes: "Anmält förhinder:" whole, and words between that hold no name ("Anmält till mötet förhinder:"),
are left as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_SPLIT_UNABLE_LABEL
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_FLAT = ("STYRELSEN PROTOKOLL Styrelsemöte Datum: 26 maj 2015 Tid: :15 Plats: Paviljongen Öster I Närvarande: Conny "
         "Olsson ordförande Marko Dimovski Emmy Lindskog Lars-Erik Nilsson Jeanette Nilsson vice ordförande "
         "sekreterare kassör ledamot Sven-Axel Månsson ersättare 1 Anmält Lina Persson ersättare 2 förhinder: Conny "
         "Obrell adjungerad 14 Mötets öppnande Ordföranden Conny Olsson hälsar de närvarande välkomna.\n")


def test_split_label_read() -> None:
    doc = minutes_from_text(_FLAT)
    meeting = extract_meeting(doc)[0]
    assert [p.name for p in meeting.present] == ["Conny Olsson", "Marko Dimovski", "Emmy Lindskog",
                                                 "Lars-Erik Nilsson", "Jeanette Nilsson", "Sven-Axel Månsson"]
    assert [p.name for p in meeting.absent] == ["Lina Persson", "Conny Obrell"]
    # the entries point where they stand in the text
    assert [doc.clean[p.span[0]: p.span[1]] for p in meeting.absent] == ["Lina Persson", "Conny Obrell"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ersättare 1 Anmält Lina Persson ersättare 2 förhinder: Conny Obrell", True),
        ("Anmält Bo Berg förhinder: Anna Ek", True),
        ("Anmält förhinder: Lina Persson", False),  # the label whole
        ("Anmält till mötet förhinder: Anna Ek", False),  # no name between
        ("Anmält Bo Berg och Anna Ek samt Karin Lund och Per Holm och Eva Ek har sedan förhinder: Bo", False),  # far
    ],
)
def test_split_label_found(text: str, found: bool) -> None:
    assert (_RX_SPLIT_UNABLE_LABEL.search(text) is not None) is found
