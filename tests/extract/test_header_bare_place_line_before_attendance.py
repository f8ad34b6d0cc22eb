"""A bare place line between the head's dated line and its attendance label is the venue.

"Trafikverkets Fritidsförbund / Protokoll fört vid styrelsemöte den 5/2 2014 / Region kontoret Stockholm /
Närvarande: ...", "Styrelsemöte i DHR-Värmland / Lördagen den 30:e maj 2015. / Kleveträffen Skoghall /
Närvarande:": no venue was read, as the line has no "Plats:" label and no "i"/"på" before it.

Look-alikes: a person's name, an organisation or body, a meeting word, a role, a line not followed by an
attendance label, a line with a clock.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_ITEMS = ("§1 Mötets öppnande\nOrdföranden hälsade alla välkomna.\n§2 Val av justerare\nTill justerare valdes "
          "Richard Yxell.\n§3 Godkännande av dagordning\nDagordningen godkändes.\n")


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        (("Trafikverkets Fritidsförbund\nProtokoll fört vid styrelsemöte den 5/2 2014\nRegion kontoret Stockholm\n"
         "Närvarande: Stefan Pettersson, Lennart Andersson, Daniela Wallin.\n"), "Region kontoret Stockholm"),
        (("Styrelsemöte i DHR-Värmland\nLördagen den 30:e maj 2015.\nKleveträffen Skoghall\nNärvarande:\n"
         "Sven-Gustaf Nilsson\nOla Mörkhammar\n"), "Kleveträffen Skoghall"),
        # look-alikes
        ("Styrelsemöte\nProtokoll 2014-02-05\nAnna Berg\nNärvarande: Stefan Pettersson, Lennart Andersson.\n", None),
        ("Protokoll 2014-02-05\nTrafikverkets Fritidsförbund\nNärvarande: Stefan Pettersson, Lennart Andersson.\n",
         None),
        ("Protokoll 2014-02-05\nStyrelsen\nNärvarande: Stefan Pettersson, Lennart Andersson.\n", None),
        ("Protokoll 2014-02-05\nExtra styrelsemöte\nNärvarande: Stefan Pettersson, Lennart Andersson.\n", None),
        ("Protokoll 2014-02-05\nSekreterare Lisa\nNärvarande: Stefan Pettersson, Lennart Andersson.\n", None),
        ("Protokoll 2014-02-05\nRegion kontoret Stockholm\nMötet öppnades av ordföranden.\n", None),
    ],
)
def test_bare_place_line_above_attendance(head: str, venue: str | None) -> None:
    meeting = extract_text(minutes_from_text(head + _ITEMS)).meeting
    assert meeting.venue == venue
