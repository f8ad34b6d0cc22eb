"""A front page whose labels stand in a column, each on a line of its own, before all the values, as a copy of a
two-column table writes it: "Tid och plats" / "Ledamöter" / "Adjungerade" / "Justerare" / "Övriga närvarande",
then the time and place, then the names of all lists in one run, up to "Underskrifter". Which name is whose list
cannot be told, so the column must hold present lists only; every value line that opens with a name is read
(also "Name (Party) organisation" without comma), the time, the place and the signing's date are passed over.
Before, the last label read the line of the time and place as its entries ("00-11:30 UNO", "Västra").

Look-alikes: an absent label in the column (whose name is whose cannot be told: no reading), a column of one
list label only, and labels with their values beside them (read by the lists).
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

HEAD = "SAMVERKAN BARN OCH UNGDOM\nProtokoll 2017-04-27\n"
TAIL = "Underskrifter Sekreterare\nAnn-Mari Brunzell\n§1\nRiktlinje mot hedersrelaterat våld\nKommunen ska ta fram riktlinjer.\n"
VALUES = ("Torsdag den 27 april 2017 kl. 09:00-11:30 UNO, Västra\nTorggatan 16.\n"
          "Niklas Wikström (L), barn- och ungdomsnämnden, ordförande\nLennart Hynynen, Polisen\n"
          "Johanna Larsson (M) kultur- och fritidsnämnden\nPer-Inge Lidén (MP)\nBarn- och ungdomsförvaltningen, Våxnäsgatan 10. den 5 maj\n"
          "2017\nMalin Lundgren Kullgren, barn- och ungdomsförvaltningen och\ngymnasieförvaltningen\n"
          "Ann-Mari Brunzell, sekreterare\n")
ALL = ["Niklas Wikström", "Lennart Hynynen", "Johanna Larsson", "Per-Inge Lidén", "Malin Lundgren Kullgren",
       "Ann-Mari Brunzell"]


@pytest.mark.parametrize(
    ("labels", "present"),
    [
        ("Tid och plats\nLedamöter\nAdjungerade\nJusterare\nTid och plats för justering\nÖvriga närvarande\n", ALL),
        ("Tid och plats\nLedamöter\nÖvriga närvarande\n", ALL),
        ("Plats och tid\nBeslutande\nErsättare\nJusterare\n", ALL),
        ("Datum\nTid\nPlats\nNärvarande\nÖvriga deltagare\n", ALL),
        ("Tid och plats:\nLedamöter:\nAdjungerade:\nÖvriga närvarande:\n", ALL),
    ],
)
def test_values_after_a_column_of_labels(labels: str, present: list[str]) -> None:
    found, absent = attendance_names(labels + VALUES, head=HEAD, tail=TAIL)
    assert found == present
    assert absent == []


@pytest.mark.parametrize(
    "labels",
    [
        "Tid och plats\nLedamöter\nFrånvarande\nÖvriga närvarande\n",  # whose name is whose: not read
        "Tid och plats\nJusterare\nÖvriga närvarande\n",  # one list label only
    ],
)
def test_column_not_read(labels: str) -> None:
    found, _ = attendance_names(labels + VALUES, head=HEAD, tail=TAIL)
    assert found != ALL


def test_labels_beside_values_stay_lists() -> None:
    text = ("Tid och plats\nTorsdag den 27 april 2017 kl. 09:00\nLedamöter\nNiklas Wikström (L), ordförande\n"
            "Frånvarande\nLennart Hynynen, Polisen\nÖvriga närvarande\nAnn-Mari Brunzell, sekreterare\n")
    found, absent = attendance_names(text, head=HEAD, tail=TAIL)
    assert found == ["Niklas Wikström", "Ann-Mari Brunzell"]
    assert absent == ["Lennart Hynynen"]
