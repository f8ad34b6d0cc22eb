"""Attendance lists whose group headings and the headings after them lost their line breaks.

A flattened transcript (a PDF copied as one paragraph) writes a present list's sub-group heading right before its
names, without colon ("Närvarande: Styrelseledamöter Mikael Samuelsson Tore Hjort ..."), and runs the first
heading of the minutes in capitals into the last list ("... Birgitta Isaksson SAMMANTRÄDETS ÖPPNANDE Ordförande,
..."). The heading is no part of a name, and the capitals end the list. Look-alikes must not be read so: a name
followed by a capitalised word, a surname written in capitals.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _RX_CAPS_HEADING_INSIDE, _line_entries
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll fört vid styrelsemöte 2015-08-11\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Styrelseledamöter Mikael Samuelsson Tore Hjort Åsa Karlsson Lars-Erik Andersson Anders Wanhatalo "
          "Stefan Morin"), ["Mikael Samuelsson", "Tore Hjort", "Åsa Karlsson", "Lars-Erik Andersson",
                          "Anders Wanhatalo", "Stefan Morin"]),
        ("Ledamöter Anna Ek, Bo Berg, Karin Lund", ["Anna Ek", "Bo Berg", "Karin Lund"]),
        ("Ersättare Per Holm, Eva Dahl", ["Per Holm", "Eva Dahl"]),
        ("Adjungerade Niklas Lundberg, Sara Ek", ["Niklas Lundberg", "Sara Ek"]),
        # look-alikes: the first word is a given name, or no heading of a group
        ("Mikael Samuelsson, Tore Hjort", ["Mikael Samuelsson", "Tore Hjort"]),
        ("Christina Berg Holm, Anna Ek", ["Christina Berg Holm", "Anna Ek"]),
    ],
)
def test_group_word_before_names(text: str, names: list[str]) -> None:
    assert [p.name for p in _line_entries(text, 0, set(), False)] == names


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Birgitta Isaksson SAMMANTRÄDETS ÖPPNANDE Ordförande, Mikael", "SAMMANTRÄDETS ÖPPNANDE"),
        ("Bo Berg, Anna Ek. MÖTETS ÖPPNANDE Mötet öppnades", "MÖTETS ÖPPNANDE"),
        ("Karin Lund FÖREGÅENDE PROTOKOLL Protokollet", "FÖREGÅENDE PROTOKOLL"),
        # look-alikes: a surname in capitals after a given name, an acronym after a name, a heading's start
        ("Anna ANDERSSON Bo BERG", None),
        ("Anna Ek SPF Bo Berg", None),
        ("Bo Berg (S) Anna Ek", None),
        ("PROTOKOLL FÖRT vid mötet", None),
    ],
)
def test_caps_heading_inside_a_line(text: str, heading: str | None) -> None:
    m = _RX_CAPS_HEADING_INSIDE.search(text)
    assert (m.group(0) if m else None) == heading


def test_flattened_groups_and_a_caps_heading() -> None:
    text = ("Plats: Kronan, Luleå\nNärvarande: Styrelseledamöter Mikael Samuelsson Tore Hjort Åsa Karlsson "
            "Lars-Erik Andersson Anders Wanhatalo Stefan Morin Adjungerade Niklas Lundberg Förhinder Carina "
            "Lindmark Lennart Ölvebo Birgitta Isaksson SAMMANTRÄDETS ÖPPNANDE Ordförande, Mikael Samuelsson, "
            "hälsade närvarande ur styrelsen välkommen.")
    present, absent = _lists(text)
    assert present == ["Mikael Samuelsson", "Tore Hjort", "Åsa Karlsson", "Lars-Erik Andersson",
                       "Anders Wanhatalo", "Stefan Morin", "Niklas Lundberg"]
    assert absent == ["Carina Lindmark", "Lennart Ölvebo", "Birgitta Isaksson"]
