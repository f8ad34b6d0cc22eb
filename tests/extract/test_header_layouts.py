"""Header layouts of stored web copies and flattened municipal front pages: site chrome, page
counters, label columns, portal headers, run-on venues, and odd letters in month names.

Phrases are written the way such minutes read (docplayer and 5dok copies, Meetings+ portals,
Formpipe-style "Plats och tid / Beslutande / Organ" front pages), not copied whole documents.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import extract_meeting, find_dates, has_date
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


# --- month names with a dotless or dotted i ---------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("Sammanträde den 3 aprıl 2020", "2020-04-03"),  # dotless ı (a Turkish keyboard or an OCR slip)
        ("SAMMANTRÄDE 3 APRİL 2020", "2020-04-03"),  # dotted İ: its case fold is "i" + a combining dot
        ("Meeting APRİL 3, 2020", "2020-04-03"),
        ("Möte fredag den 14 AUGUSTİ 2020", "2020-08-14"),
        ("den 2 januarı 2019", "2019-01-02"),
    ],
)
def test_month_with_odd_i(phrase: str, iso: str) -> None:
    assert [f.value for f in find_dates(phrase)] == [iso]
    assert has_date(phrase)


def test_odd_month_letters_never_crash_extraction() -> None:
    text = "Protokoll styrelsemöte den 3 APRİL 2020\n\n1. Mötets öppnande\nNästa möte den 5 maj 2020 kl 18.\n"
    extraction = extract_text(minutes_from_text(text))
    assert extraction.meeting.date == "2020-04-03"
