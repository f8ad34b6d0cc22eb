"""Point 1 run in after a mark the run-on reading does not take ("... Anmält förhinder -- Frånvarande -- 1
Mötets öppnande Ordförande Per Jonsson hälsade ...").

A copy that lost its line breaks runs its points on; the run-on reading takes a number only after a
word or a stop, so the chain of points starts at 2. Point 1 is put back when it stands before the
chain's first on its line, before a title that opens minutes. Look-alike: a "1" before an ordinary
title ("1 Budget") is not taken, nor a point named in the text ("behandlade punkt 1 Mötets öppnande").
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Protokoll LAG Dalsland-Årjäng 2008-05-05 kl 17:00 20:30 Närvarande: LAG, beslutande Per Jonsson, "
         "ordförande Anne Sörqvist Mats Bergling Bo Carlsson Carina Bohm Kerstin Söderlund, verksamhetsledare "
         "Anmält förhinder -- Frånvarande -- ")
_REST = (" Ordförande Per Jonsson hälsade alla välkomna och öppnade mötet. 2 Mötesfunktionärer Till mötesordförande "
         "valdes Per Jonsson och till sekreterare Kerstin Söderlund. 3 Dagordning Dagordningen fastställdes utan "
         "tillägg. 4 Föregående protokoll Protokollet godkändes och lades till handlingarna. 5 Administrationen "
         "Verksamhetsledaren redogjorde för arbetet under våren och för budgeten.\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize("title", ["Mötets öppnande", "Val av justerare", "MÖTETS ÖPPNANDE"])
def test_opening_point_after_a_dash_mark(title: str) -> None:
    assert _numbers(_HEAD + "1 " + title + _REST) == ["1", "2", "3", "4", "5"]


def test_ordinary_title_is_not_taken() -> None:
    assert _numbers(_HEAD + "1 Budget" + _REST) == ["2", "3", "4", "5"]


def test_point_named_in_the_text_is_not_taken() -> None:
    assert _numbers(_HEAD + "Styrelsen behandlade punkt 1 Mötets öppnande" + _REST) == ["2", "3", "4", "5"]
