"""The place a title sentence in capitals names after its meeting ("... BYASTÄMMA I MOHEDA FÖRSAMLINGSHEM DEN 18
APRIL 2016."), read as in its mixed-case form, folded out of capitals; a general meeting ("stämma") too."""
import pytest

from planner.extract.header import venue_in_title

CASES = [
    ("PROTOKOLL FÖRT VID RYD-BOATORPS BYASTÄMMA I MOHEDA FÖRSAMLINGSHEM DEN 18 APRIL 2016.", "Moheda församlingshem"),
    ("PROTOKOLL FRÅN STYRELSEMÖTE I STÖDE HEMBYGDSGÅRD 2014-10-30", "Stöde hembygdsgård"),
    ("PROTOKOLL FÖRT VID ÅRSMÖTE I BJÖRKBY BYGDEGÅRD DEN 3 MAJ 2011", "Björkby bygdegård"),
    ("Protokoll fört vid Ryd-Boatorps byastämma i Moheda församlingshem den 18 april 2016.", "Moheda församlingshem"),
    ("Protokoll från föreningsstämma i Hallsta bygdegård 2019-04-02", "Hallsta bygdegård"),
    ("Protokoll från styrelsemöte i Stöde hembygdsgård 2014-10-30", "Stöde hembygdsgård"),
]

LOOK_ALIKES = [
    "ÖVRIGA FRÅGOR",  # a capitals heading, no title
    "BESLUT",
    "PROTOKOLL FÖRT VID STYRELSEMÖTE DEN 3 MAJ 2011.",  # a caps title with no place
    "PROTOKOLL FÖRT VID LAG-SAMMANTRÄDE I LEADER INLANDET DEN 3 MAJ 2011",  # a body after "i", no place noun
    "ÅRSMÖTE I MOHEDA FÖRSAMLINGSHEM",  # no document word opens it: a heading, not the title sentence
]


@pytest.mark.parametrize(("text", "venue"), CASES)
def test_title_sentence_gives_the_place(text: str, venue: str) -> None:
    found = venue_in_title(text)
    assert found is not None and found.value == venue
    assert text[found.start: found.end].casefold() == venue.casefold()


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_no_place(text: str) -> None:
    assert venue_in_title(text) is None
