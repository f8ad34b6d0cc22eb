"""A title sentence names the place after its meeting word, past the meeting's day and hours that may stand
between: "... fört vid SVERAKs styrelsemöte på SVERAKs kansli i Borås lördagen den 13 december", "protokoll från
styrelsemöte 17 september kl 12 på Postmuseum i Stockholm Närvarande: ...", the old "å" ("styrelsemöte 14/5 1991
å Hjortås."). The place ends at the day, the hours, a label or the sentence's stop. Not read: another meeting's
place ("Nästa möte ..."), an association after "i" with no day before it, a platform, an organisation."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, venue_past_meeting_day
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("STYRELSEPROTOKOLL NR 6/08 fört vid SVERAKs styrelsemöte på SVERAKs kansli i Borås lördagen den 13 december "
          "kl. 10"), "SVERAKs kansli i Borås"),
        ("SIKO protokoll från styrelsemöte 17 september kl 12 på Postmuseum i Stockholm Närvarande: Pia Södergren",
         "Postmuseum i Stockholm"),
        ("Mötesnoteringar från mötet vid Rösjöbadet 19 augusti", "Rösjöbadet"),
        ("Protokoll fört vid styrelsemöte 14/5 1991 å Hjortås.", "Hjortås"),
        ("Sammanträde den 5 september 2011 i Rådhussalen, Rådhuset Kommunfullmäktige består av 51 ledamöter",
         "Rådhussalen, Rådhuset"),
        ("Protokoll från årsmöte tisdagen den 12 mars kl. 19.00 i Folkets hus, Åby.", "Folkets hus, Åby"),
        ("Minnesanteckningar från möte 2019-04-03 kl 13.00-15.00 på Stadsbiblioteket, Gävle", "Stadsbiblioteket, Gävle"),
        ("Protokoll fört vid medlemsmöte onsdagen den 4 maj på Lilla Scenen, Västerås kl. 18.30", "Lilla Scenen, Västerås"),
        # look-alikes: the next meeting's place; an association after "i" with no day; a platform; an
        # organisation; a clause in lower case; a meeting word deep in a line of prose
        ("Nästa möte 12 maj kl 18 på Ängsgården", None),
        ("Styrelsemöte i DHR-Värmland", None),
        ("Protokoll fört vid styrelsemöte 3 maj 2016 på Teams", None),
        ("Årsmöte 2019 i Föreningen Norden", None),
        ("Protokoll fört vid styrelsemöte 2016-05-03 i närvaro av revisorn", None),
        (("Under punkten diskuterades budgeten länge och styrelsen beslutade till sist att vi ska ha ett extra möte den "
          "4 maj på Kulturhuset"), None),
    ],
)
def test_venue_past_meeting_day(line: str, expected: str | None) -> None:
    got = venue_past_meeting_day(line)
    assert (got.value if got else None) == expected


def test_title_sentence_gives_the_place() -> None:
    text = (
        "STYRELSEPROTOKOLL NR 7/09\n\nSTYRELSEPROTOKOLL NR 7/09 fört vid SVERAKs styrelsemöte på SVERAKs kansli i Borås "
        "lördagen den 23 januari 2010 kl 10.00\n\nNärvarande\nOrdförande Annette Sjödin\nLedamot Stellan Spetz\n\n"
        "1 Mötets öppnande\nOrdföranden hälsade de närvarande välkomna.\n"
    )
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.venue == "SVERAKs kansli i Borås"
    assert meeting.date == "2010-01-23"
