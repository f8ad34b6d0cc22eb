"""A remiss on the agenda names its matter's diary number and the day the answer is due: "Remiss från
kommunstyrelsen, dnr 329-384/2013, för yttrande senast 2013-05-24", "Stadsrevisionen, för yttrande senast
den 24 maj 2013 (dnr 420-145-2012)". The diary number labels the matter, not the date, so the day due is a
deadline; any other admin word beside it ("justeras senast", "anslaget tas ned") still tells the minutes' own
paperwork. Two items each with an answer due that day are two deadlines; one said twice under its item is one."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll äldrenämnden 2013-05-21\n\nNärvarande: Anna Berg, Olle Ek\n\n"
TAIL = "\n\n11 Övrigt\n\nInga övriga frågor.\n"


def events(body: str) -> list[tuple[str, str]]:
    return [(e.date, e.kind.value) for e in extract_text(minutes_from_text(HEAD + body + TAIL)).events]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (("10 Motion om en GLMS-fri dag\n\nRemiss från kommunstyrelsen, dnr 329-384/2013, för yttrande senast "
          "2013-05-24\nDnr 201-194/2013"), [("2013-05-24", "deadline")]),
        (('9 Revisionsrapport 2013:5 "Avvikelsehantering inom äldreomsorgen" Stadsrevisionen, för yttrande senast '
          "den 24 maj 2013 (dnr 420-145-2012)\n\nHandläggare: Margareta Venizelos"), [("2013-05-24", "deadline")]),
        ("10 Remiss om hemtjänst\n\nSvar senast den 14 juni 2013 till kommunstyrelsen (diarienummer 2013/112).",
         [("2013-06-14", "deadline")]),
        # two items, each with its answer due the same day: two deadlines
        (('9 Revisionsrapport 2013:5 "Avvikelsehantering inom äldreomsorgen" Stadsrevisionen, för yttrande senast '
          "den 24 maj 2013 (dnr 420-145-2012)\n\n10 Motion 2013:26 om en GLMS-fri (gluten, laktos, mjölkprotein "
          "och soja) dag årligen den 15 maj\n\nRemiss från kommunstyrelsen, dnr 329-384/2013, för yttrande senast "
          "2013-05-24"), [("2013-05-24", "deadline"), ("2013-05-24", "deadline")]),
        # look-alikes: the diary number alone is no deadline; the checking of the minutes is no event;
        # the day due said twice in one item is one deadline
        ("10 Remiss om hemtjänst\n\nDnr 2013-05-24 från kommunstyrelsen.", []),
        ("10 Remiss om hemtjänst\n\nProtokollet justeras senast den 24 maj 2013, dnr 329-384/2013.", []),
        (("10 Remiss om hemtjänst\n\nRemiss, dnr 329-384/2013, för yttrande senast 2013-05-24. Yttrandet ska vara "
          "kommunstyrelsen tillhanda senast 2013-05-24."), [("2013-05-24", "deadline")]),
    ],
)
def test_deadline_beside_a_diary_number(body: str, expected: list[tuple[str, str]]) -> None:
    assert events(body) == expected
