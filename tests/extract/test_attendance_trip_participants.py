"""A "Deltagare:" list right after a paragraph that tells of a trip or an event ("Diskuterades Bryggmötet och
resan till Polen. Avfärd från Karlskrona söndagen den 5 april ... Deltagare: Inga-Lena Fischer, ..."), when
another present list ("Närvarande") names the meeting's attendance: the trip's participants, not the meeting's.

Look-alikes: the "Deltagare:" list alone (the meeting's), and one after a paragraph on no trip.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

HEAD = "Aff\nProjektgrupp 2009 03 04\n\n"
TRIP = ("Diskuterades Bryggmötet och resan till Polen. Avfärd från Karlskrona söndagen den 5 april kl 20.30 "
        "Åter Karlskrona tisdagen den 7 april kl. 07.30.\n\n")
OTHER = "Diskuterades föredragshållare för höstens möte. Lars Fredén har dessvärre tackat nej till att tala.\n\n"
LIST = "Deltagare:\nInga-Lena Fischer, Sylvia Asklöf, Tom Ohlsson, Birger Werner\n\n"
PRESENT = "Närvarande\nErik Hjertén\nTore Almlöf\nBirger Werner\nTom Ohlsson\n\nNästa möte den 2 april.\n"


@pytest.mark.parametrize(
    ("body", "present"),
    [
        (TRIP + LIST + "Flera olika alternativ finns för sammanträdeslokal.\n\n" + PRESENT,
         ["Erik Hjertén", "Tore Almlöf", "Birger Werner", "Tom Ohlsson"]),
        # look-alikes: no other present list; a paragraph on no trip before the list
        (LIST + "Flera olika alternativ finns för sammanträdeslokal.\n",
         ["Inga-Lena Fischer", "Sylvia Asklöf", "Tom Ohlsson", "Birger Werner"]),
        (OTHER + LIST + "Flera olika alternativ finns för sammanträdeslokal.\n\n" + PRESENT,
         ["Inga-Lena Fischer", "Sylvia Asklöf", "Tom Ohlsson", "Birger Werner", "Erik Hjertén", "Tore Almlöf"]),
    ],
)
def test_trip_participants_are_no_attendance(body: str, present: list[str]) -> None:
    assert attendance_names(body, head=HEAD)[0] == present
