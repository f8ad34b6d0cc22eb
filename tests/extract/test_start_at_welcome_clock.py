"""The meeting's start told only by the welcome that opens it, inside the first item's long paragraph
("Tillförordnad ordförande Ingemar Appelquist hälsade de närvarande välkomna kl. 18:00. Mötet inleddes
med en parentation ..."), as the opening sentence "förklarade mötet öppnat kl. ..." tells it already.
The clock must follow the welcome; a clock elsewhere in the paragraph is no start."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = "PROTOKOLL\n\nfört vid årsmötet onsdagen den 26 februari 2020 i Gröna huset\n\n • 1. Mötets öppnande\n\n"
_FILL = " Mötet inleddes med en parentation över föreningens ordförande sedan 2017, och därefter en kort presentation."


@pytest.mark.parametrize(("paragraph", "start"), [
    # real phrase
    ("Tillförordnad ordförande Ingemar Appelquist hälsade de närvarande välkomna kl. 18:00." + _FILL
     + " Ingemar förklarade sedan årsmötet öppnat.", "18:00"),
    ("Ordföranden Anna Berg hälsar alla välkomna klockan 19.00." + _FILL + " Därefter förklarades mötet öppnat.",
     "19:00"),
    # look-alikes: the clock does not follow the welcome
    ("Ordföranden Anna Berg hälsade alla välkomna till mötet." + _FILL + " Fika serveras kl. 19.30 i foajén.", None),
    ("Ordföranden Anna Berg hälsade alla välkomna och berättade om dagen." + _FILL
     + " Bussen avgår kl. 17.00 från torget.", None),
])
def test_start_at_welcome_clock(paragraph: str, start: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(_HEAD + paragraph + "\n\n • 2. Val av presidium\n\nValdes.\n"))
    assert meeting.start == start
