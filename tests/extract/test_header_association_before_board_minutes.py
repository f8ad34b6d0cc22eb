"""An association's name run on into its board's minutes title, as a stored page's title joins the letterhead
and the title, gives the association and its board: "Trafikverkets Fritidsförbund Protokoll fört vid
styrelsemöte den 5/2" -> "Trafikverkets Fritidsförbund, styrelsen" (was "... Protokoll fört vid styrelse").

Look-alikes: a name that is no organisation ("Region kontoret Stockholm Protokoll ..."), another meeting
("... Protokoll fört vid årsmöte"), the title alone.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import Found, association_before_board_minutes
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "board"),
    [
        ("Trafikverkets Fritidsförbund Protokoll fört vid styrelse", "Trafikverkets Fritidsförbund, styrelsen"),
        ("Hörneå Bygdegårdsförening Protokoll från styrelsemöte", "Hörneå Bygdegårdsförening, styrelsen"),
        ("Östby Vägsamfällighet Minnesanteckningar från styrelsemötet", "Östby Vägsamfällighet, styrelsen"),
        # look-alikes
        ("Anna Berg Protokoll fört vid styrelse", None),
        ("Trafikverkets Fritidsförbund Protokoll fört vid årsmöte", None),
        ("Protokoll fört vid styrelse", None),
    ],
)
def test_association_before_board_minutes(value: str, board: str | None) -> None:
    found = association_before_board_minutes(Found(value, 0, len(value)))
    assert (found.value if found is not None else None) == board


def test_stored_page_title() -> None:
    text = ("Trafikverkets Fritidsförbund Protokoll fört vid styrelsemöte den 5/2\n\nTrafikverkets Fritidsförbund\n"
            "Protokoll fört vid styrelsemöte den 5/2 2014\nRegion kontoret Stockholm\nNärvarande: Stefan Pettersson, "
            "Lennart Andersson, Gunbritt Mariedahl.\n§1 Mötets öppnande\nStefan Pettersson hälsade alla välkomna.\n"
            "§2 Val av justerare\nTill justerare valdes Richard Yxell\n")
    assert extract_text(minutes_from_text(text)).meeting.body == "Trafikverkets Fritidsförbund, styrelsen"
