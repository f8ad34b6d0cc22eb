"""A title sentence written in capitals, "PROTOKOLL FÖRT VID <meeting> I <place> DEN <date>.", as older association
minutes write it, read as its mixed-case form is: the meeting's name folded out of capitals, up to the place."""
import pytest

from planner.extract.header import minutes_kept_at

CASES = [
    ("PROTOKOLL FÖRT VID RYD-BOATORPS BYASTÄMMA I MOHEDA FÖRSAMLINGSHEM DEN 18 APRIL 2016.", "Ryd-Boatorps byastämma"),
    ("PROTOKOLL FÖRT VID SKOGSBY BYALAGS ÅRSMÖTE I BYGDEGÅRDEN DEN 3 MAJ 2011.", "Skogsby byalags årsmöte"),
    ("PROTOKOLL FÖRT VID STYRELSEMÖTE MED HEMBYGDSFÖRENINGEN I TORSBY.", "Hembygdsföreningen"),
    ("PROTOKOLL FÖRT VID UME- OCH VINDELÄLVENS VATTENVÅRDSFÖRBUNDS ÅRSMÖTE.",
     "Ume- och vindelälvens vattenvårdsförbunds årsmöte"),
    # mixed case is read as before
    ("Protokoll fört vid Ryd-Boatorps byastämma i Moheda församlingshem den 18 april 2016.", "Ryd-Boatorps byastämma"),
    ("Protokoll fört vid sammanträde med styrelsen för Jägareförbundet Norrbotten.",
     "styrelsen för Jägareförbundet Norrbotten"),
]

LOOK_ALIKES = [
    "ÖVRIGA FRÅGOR",  # a capitals heading, no title
    "BESLUT",
    "PROTOKOLLET FÖRDES AV SEKRETERAREN.",  # who kept the minutes, not at what meeting
    "Protokoll fört vid krYüklə 31,8 Kb.",  # a file site's caption
]


@pytest.mark.parametrize(("text", "body"), CASES)
def test_caps_title_sentence_gives_the_meeting(text: str, body: str) -> None:
    found = minutes_kept_at(text)
    assert found is not None and found.value == body
    assert text[found.start: found.end].casefold() == body.casefold()


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_no_title_sentence(text: str) -> None:
    assert minutes_kept_at(text) is None
