"""A head line read as the body when the minutes have no title names no body: a list's entry after its bullet, a
programme's line after its clock, a page range, the opening item's heading or sentence, prose closed by "!" or run on
with ";", a label's name before its colon ("Td: 10.00-10.50"), or one word in lower case that is no body's word
("Protokoll bifogas.", a scanned "ida 1" for "Sida 1"). Such a body is refused: null, or the body the running text
names. Bodies, acronyms, meeting words in lower case and names with "hälsa" or a number in them are kept."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, names_no_body
from planner.extract.text import minutes_from_text


def _body(line: str, source: str, value: str | None = None) -> tuple[str, Found]:
    at = line.index(source)
    return line, Found(value if value is not None else source, at, at + len(source))


@pytest.mark.parametrize(
    ("line", "source", "value", "refused"),
    [
        ("= Öppnande av möte", "= Öppnande av möte", None, True),
        ("·    Busshållplats nya västervång", "·    Busshållplats nya västervång", None, True),
        ("09:30 sammanträdet öppnas", "09:30 sammanträdet öppnas", None, True),
        ("1-12 Tjänsteställe, handläggare Landstingets kansli", "1-12 Tjänsteställe, handläggare Landstingets kansli",
         None, True),
        ("Öppnande och upprop", "Öppnande och upprop", None, True),
        ("Landstingsfullmäktiges ordförande Inge Pettersson (c) förklarade sammanträdet öppnat",
         "Landstingsfullmäktiges ordförande Inge Pettersson (c) förklarade sammanträdet", None, True),
        ("Ebba Sånesson; ny medlem som vi hälsar hjärtligt välkommen!",
         "Ebba Sånesson; ny medlem som vi hälsar hjärtligt välkommen!", None, True),
        ("Td: 10.00-10.50", "Td", None, True),
        ("Protokoll bifogas.", "bifogas", "Bifogas", True),
        ("ida 1 Plats och tid ammanträdesrum Eken", "ida", "Ida", True),
        # look-alikes: bodies, an acronym without a colon, meeting and body words in lower case, "hälsa" in a
        # name, a number in a name, "Öppna" opening a name
        ("Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott", None, False),
        ("SG 2015-04-27", "SG", None, False),
        ("Protokoll styrelsemöte 2019-03-04", "styrelsemöte", "Styrelsen", False),
        ("Protokoll från kårfullmäktige", "kårfullmäktige", "Kårfullmäktige", False),
        ("Protokoll presidiemötet 12 maj", "presidiemötet", "Presidiet", False),
        ("Utvecklingsgrupp psykisk hälsa och missbruk", "Utvecklingsgrupp psykisk hälsa och missbruk", None, False),
        ("63:ans samfällighetsförening i Storvreta", "63:ans samfällighetsförening i Storvreta", None, False),
        ("Öppna förskolans föräldraråd", "Öppna förskolans föräldraråd", None, False),
    ],
)
def test_names_no_body(line: str, source: str, value: str | None, refused: bool) -> None:
    clean, body = _body(line, source, value)
    assert names_no_body(clean, body) is refused


def test_refused_programme_line_gives_the_body_of_the_text() -> None:
    text = (
        "  Program/tidsplan\n\n  09:30 sammanträdet öppnas\n  12:00 lunch\n  13:00 sammanträdet fortsätter\n\n"
        "Regionala utvecklingsnämnden sammanträder den 7 december 2023.\n"
        "1. Regionala utvecklingsnämnden beslutar att godkänna dagordningen.\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].body == "Regionala utvecklingsnämnden"
