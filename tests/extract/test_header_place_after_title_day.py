"""The meeting's place after the title's date, perhaps after the clock, with "i" or "på", to the end of its
sentence or line: "Protokoll nr 374, fört vid sammanträde med Svenska Gymnastikförbundets STYRELSE måndagen den
2 februari 2015 på Idrottens Hus, konferensrum Rosen, Stockholm. Närvarande: ..." (also below a stored copy's
frame and snippet title); with look-alikes that are no place."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

BODY = "\n\nNärvarande: Anna Ek, Per Bo\n\n1. Mötet öppnas\n\n2. Val av justerare\n"


def venue_of(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].venue


@pytest.mark.parametrize(("title", "venue"), [
    (("Protokoll nr 374, fört vid sammanträde med Svenska Gymnastikförbundets STYRELSE måndagen den 2 februari 2015 "
     "på Idrottens Hus, konferensrum Rosen, Stockholm."), "Idrottens Hus, konferensrum Rosen, Stockholm"),
    ("Protokoll fört vid styrelsemöte tisdagen den 3 mars 2015 kl. 18.30 i Bygdegården", "Bygdegården"),
    ("Protokoll styrelsemöte 2015-03-03 kl 18-20 på Café Ankaret.", "Café Ankaret"),
])
def test_place_after_title_day(title: str, venue: str) -> None:
    assert venue_of(title + BODY) == venue


def test_place_after_title_day_below_stored_copy_frame() -> None:
    text = ("Mötet öppnas inledning\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload \"Mötet öppnas inledning\"\n"
            "\nTranskript\n\n1 Mötet öppnas inledning Protokoll nr 374, fört vid sammanträde med Svenska "
            "Gymnastikförbundets STYRELSE måndagen den 2 februari 2015 på Idrottens Hus, konferensrum Rosen, Stockholm. "
            "Närvarande: Malin Eggertz Forsmark (ordf.), Suzanne Lundvall, Anders Caspersson\n\n2 Val av justerare\n")
    assert venue_of(text) == "Idrottens Hus, konferensrum Rosen, Stockholm"


@pytest.mark.parametrize("title", [
    "Protokoll fört vid styrelsemöte måndagen den 2 februari 2015 i enlighet med stadgarna.",  # no capital
    "Protokoll fört vid styrelsemöte måndagen den 2 februari 2015 på Teams.",  # online
    "Protokoll styrelsemöte 2015-03-03 kl 18-20 på Zoom",
    # a sentence too long for a place's name: running text
    ("Protokoll fört vid styrelsemöte måndagen den 2 februari 2015 i Mötesrummet Eken vid Stora torget i centrala "
    "Falun nära stationen."),
])
def test_no_place_after_title_day(title: str) -> None:
    assert venue_of(title + BODY) is None
