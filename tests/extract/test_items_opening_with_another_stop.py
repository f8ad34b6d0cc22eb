"""The opening heading typed with another stop than the rest ("1. Mötets öppnande" above "2 Val av vice
ordförande ...", "3 Val av firmatecknare"), and one heading with a stop among headings without one
("4 Ekonomi" / "5. Kansliet" / "6 Övriga frågor"): slips of the pen, taken where they are the list's
missing first number or the one number missing between two headings.

Look-alikes: a numbered list above the headings (an agenda "1. ... 2. ...", a list of names) goes on in
its own style, so its "1." is no slip; a list with a stop inside an item repeats numbers already taken.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll från styrelsemöte 2015-06-04\n\nNärvarande   Margareta Johansson, Bengt Wiklund\n\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize(("text", "expected"), [
    (HEAD + " 1. Mötets öppnande\n\nOrdföranden öppnade mötet och hälsade välkommen.\n\n"
     "2 Val av vice ordförande, kassör och sekreterare\n\nSom vice ordförande omvaldes Anne Strandlund.\n\n"
     "3 Val av firmatecknare\n\nOrdföranden och kassören valdes att var för sig teckna föreningen.\n\n"
     "4 Adjungerad styrelseledamot\n\nBengt Wiklund valdes att vara adjungerad.\n",
     ["1", "2", "3", "4"]),
    (HEAD + "1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n2. Dagordning\n\nDagordningen godkändes.\n\n"
     "3. Ekonomi\n\nKassören redovisade läget.\n\n4. Övriga frågor\n\nInga övriga frågor.\n",
     ["1", "2", "3", "4"]),
    (HEAD + "3 Föregående protokoll\n\nProtokollet lades till handlingarna.\n\n4 Ekonomi\n\nKassan redovisades.\n\n"
     "5. Kansliet\n\nKansliet flyttar i maj.\n\n6 Övriga frågor\n\nInga övriga frågor.\n",
     ["3", "4", "5", "6"]),
])
def test_heading_with_another_stop(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


def test_list_above_in_its_own_style_stays_out() -> None:
    text = (HEAD + "Kallade:\n\n1. Anna Berg\n2. Bo Ek\n\n"
            "2 Val av justerare\n\nAnna Berg valdes att justera.\n\n3 Ekonomi\n\nKassan redovisades.\n\n"
            "4 Övriga frågor\n\nInga övriga frågor.\n")
    assert _numbers(text) == ["2", "3", "4"]


def test_list_with_a_stop_inside_an_item_stays_out() -> None:
    text = (HEAD + "1 Öppnande\n\nMötet öppnades.\n\n2 Förslag\n\nTre förslag lades fram:\n\n1. Nya bänkar\n\n"
            "2. Ny grind\n\n3. Målning\n\n3 Ekonomi\n\nKassan redovisades.\n\n4 Avslutning\n\nMötet avslutades.\n")
    assert _numbers(text) == ["1", "2", "3", "4"]
