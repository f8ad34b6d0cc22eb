"""A heading whose number has another stop than its neighbours' ("4: Sponsring" / "5. SWISH" /
"6: Julmarknad"): a slip of the pen, taken where it is the one number missing between two headings.

Look-alikes: a numbered list with the other stop inside an item repeats numbers already taken
(or is not the one missing number) and stays out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid styrelsemöte 2014-10-13. Kl.19.00.\n\nNärvarande: Anna Berg, Bo Ek.\n\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize(("text", "expected"), [
    (HEAD + "3:   Vatten och avlopp\n\nVi diskuterade frågan.\n\n4:   Sponsring\n\nVi tar detta på nästa möte.\n\n"
     "5.   SWISH\n\nVi har skaffat SWISH.\n\n6:   Julmarknad\n\nDen hålls i december.\n\n7:   Grötfest\n\nSöndag.\n",
     ["3", "4", "5", "6", "7"]),
    (HEAD + "1. Öppnande\n\nMötet öppnades.\n\n2) Dagordning\n\nGodkändes.\n\n3. Ekonomi\n\nKassan redovisades.\n",
     ["1", "2", "3"]),
])
def test_one_heading_with_another_stop(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


def test_list_with_another_stop_inside_an_item_stays_out() -> None:
    text = (HEAD + "1: Öppnande\n\nMötet öppnades.\n\n2: Förslag\n\nTre förslag lades fram:\n\n1. Nya bänkar\n\n"
            "2. Ny grind\n\n3. Målning\n\n3: Ekonomi\n\nKassan redovisades.\n\n4: Avslutning\n\nMötet avslutades.\n")
    assert _numbers(text) == ["1", "2", "3", "4"]
