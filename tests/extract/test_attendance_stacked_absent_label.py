"""A flattened label column whose absent label runs on with its neighbour ("Beslutande Frånvarande",
"Frånvarande Övriga närvarande"), the lists following in the labels' order, each closed by a full stop.

"Frånvarande Övriga närvarande Ekström Christian, Göstas Agneta, Hilander John. Johansson Lennart, räddningschef,
..." read everyone as present; the first list after "Frånvarande" is who was away ("Beslutande Frånvarande": the
second, after the date, the time and the place, which hold no commas).

Look-alikes: colon labels ("Frånvarande: Övriga närvarande:") and an absent label with its own names right after it
are read as before.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "JOMALA KOMMUN Organ Sammanträdesdatum Nr Kommunfullmäktige 16.1.2018 1 Sammanträdestid Sammanträdesplats "
_TAIL = "\n1 SAMMANTRÄDETS ÖPPNANDE Sammanträdet öppnades kl 19.00 av ordföranden.\n"


@pytest.mark.parametrize(
    ("text", "away"),
    [
        (("Beslutande Frånvarande 16.1.2018 kl. 19:00 19:45. Kommunkansliet Karlström Fredrik, vice ordförande, "
          "Aller Kristian, Eriksson Tage, Jansén Dan, Jansson Dennis. Ekholm Marie, Högman Gyrid, Rajamäki Niklas. "
          "Övriga närvarande Lindqvist John, kommundirektör."),
         {"Marie Ekholm", "Gyrid Högman", "Niklas Rajamäki"}),
        (("Beslutande 16.1.2018 kl 18:30 19:10 kommungården i Jomala Berndtsson Krister, Bjurne Yngve, Lindblom Per, "
          "Wilhelms Tage, ersättare. Frånvarande Övriga närvarande Ekström Christian, Göstas Agneta, Hilander John. "
          "Johansson Lennart, räddningschef, föredragande."),
         {"Christian Ekström", "Agneta Göstas", "John Hilander"}),
        (("Beslutande 16.1.2018 kl 18:30 Kommunkansliet Berndtsson Krister, Bjurne Yngve, Lindblom Per, "
          "Wilhelms Tage. Frånvarande Övriga närvarande Lillie Alexandra, Lundström Lukas, Ekström Christian. "
          "Nyman Stig-Göran, kommunstyrelsens representant, Johansson Lennart, räddningschef."),
         {"Alexandra Lillie", "Lukas Lundström", "Christian Ekström"}),
        (("Närvarande Frånvarande 16.1.2018 kl. 19:00. Kommunkansliet Karlström Fredrik, Aller Kristian, "
          "Eriksson Tage, Jansson Dennis. Ekholm Marie, Högman Gyrid, Rajamäki Niklas. Paragrafer 1-9"),
         {"Marie Ekholm", "Gyrid Högman", "Niklas Rajamäki"}),
    ],
)
def test_list_under_stacked_absent_label_is_absent(text: str, away: set[str]) -> None:
    present, absent = attendance_names(text, head=_HEAD, tail=_TAIL)
    # (the surname-first names are compared as sets of words: how they are turned is another rule's business)
    words = [frozenset(n.split()) for n in away]
    assert sum(frozenset(n.split()) in words for n in absent) >= 2
    assert not any(frozenset(n.split()) in words for n in present)


@pytest.mark.parametrize(
    ("text", "there"),
    [
        # colon labels, each with its own names: read as before
        (("Närvarande: Fredrik Karlström, Kristian Aller, Tage Eriksson.\nFrånvarande: Marie Ekholm.\n"
          "Övriga närvarande: John Lindqvist, kommundirektör, Anna Berg, sekreterare."),
         {"Fredrik Karlström", "Kristian Aller", "Tage Eriksson"}),
        # the absent label with its names right after it, no label run
        (("Beslutande: Fredrik Karlström, Kristian Aller, Tage Eriksson, Dennis Jansson.\n"
          "Frånvarande Marie Ekholm, Gyrid Högman."),
         {"Fredrik Karlström", "Kristian Aller", "Tage Eriksson", "Dennis Jansson"}),
    ],
)
def test_other_layouts_unchanged(text: str, there: set[str]) -> None:
    present, _absent = attendance_names(text, head=_HEAD, tail=_TAIL)
    assert there <= set(present)
