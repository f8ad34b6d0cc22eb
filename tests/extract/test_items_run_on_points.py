"""Item numbers run in on a long line that lost its breaks (a stored copy of minutes run into one
paragraph): "... Åkvist 1 Mötets öppnande ... öppnat 2 Val av sekreterare ...", and with the
paragraph sign "... sekreterare § 41 Välkommen ... öppnat. § 42 Föredragningslista ...".

Look-alikes: numbers that do not count up, references ("punkt 4", "kl 18"), and figures noted
after names (paragraphs a member attended) are no items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

FILLER = "Styrelsen diskuterade frågan ingående och var överens om hur arbetet ska fortsätta framöver. " * 3


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize(("text", "expected"), [
    # Bare numbers after the text of the item before, with or without a full stop.
    ("Styrelsemöte Ridklubben 8 februari 2017 i klubbstugan. Närvarande Anna Berg Caroline Ek "
     "Förhindrade Maja Holm 1 Mötets öppnande Anna Berg hälsade välkommen och förklarade mötet öppnat "
     "2 Val av sekreterare välja Caroline Ek att föra protokoll. 3 Godkännande av dagordning godkänna "
     "dagordningen 4 Föregående protokoll godkänna föregående protokoll. " + FILLER,
     ["1", "2", "3", "4"]),
    # The paragraph sign, after a name, a full stop or a date; a page count before the run is no part of it.
    ("Sidan 1 av 5 PROTOKOLL Nr 4/2015 2015-03-27 Styrelsesammanträde Närvarande Sofia Karlsson, ordförande "
     "Anna-Lena Holm, sekreterare § 41 Välkommen, öppnande Ordföranden hälsade välkommen. " + FILLER
     + "§ 42 Föredragningslista Listan godkändes. § 43 Föregående protokoll Protokollet tas upp vid kommande "
     "sammanträde. PROTOKOLL Nr 4/2015 2015-03-27 § 44 Uppföljning stämman Gicks laget runt.",
     ["41", "42", "43", "44"]),
    # A point 0 before point 1 keeps its place in reading order.
    ("Sid 2 (7) 0 Myndighetsstyrelser i praktiken Styrelsemötet föregicks av en presentation. " + FILLER
     + "1 Fastställande av föredragningslista Listan fastställdes. 2 Val av justeringsperson Anna valdes. "
     "3 Fråga om jäv Ingen jäv anmäldes.",
     ["0", "1", "2", "3"]),
])
def test_run_on_points(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize("text", [
    # Numbers that do not count up by one.
    ("Styrelsemöte 8 februari 2017. Vi har 12 Hästar i stallet och 30 Ponnyer på bete. Sedan kom 7 Nya "
     "elever till ridskolan. " + FILLER + FILLER),
    # References and times: "punkt 3", "kl 18", "paragraf 4".
    ("Styrelsemöte 8 februari 2017. Se punkt 2 Ekonomi och punkt 3 Ridskolan samt paragraf 4 Övrigt. "
     "Mötet började kl 18 Vi slutade sent. " + FILLER + FILLER),
    # A column's label before each number ("Styrelsen 32"): the paragraph's number in a margin, its title
    # before the label, not a run of titled points.
    ("Öppnade av möte Styrelsen 32 Viceordföranden öppnar möte. Styrelsen är beslutför. Val av sekreterare "
     "Styrelsen 33 Allmän diskussion Till sekreterare valdes Jan. Val av justerare Styrelsen 34 Enligt "
     "tidigare beslut väljs justerare. " + FILLER + FILLER),
    # Paragraphs noted after the names of those who attended them: a number stands twice.
    ("Närvarande Åsa Westrin 44 Wang Zhi 44 Charlotte Berg 45 Michiko Muto 46 Kim Forss 46 "
     "Bo Ek 45 Eva Lind 44. " + FILLER + FILLER),
])
def test_no_run_on_points(text: str) -> None:
    assert not any(n is not None for n in _numbers(text))
