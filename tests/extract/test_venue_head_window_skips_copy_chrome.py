"""A stored copy's own lines over the minutes ("Save this PDF as:" / "WORD PNG TXT JPG" / "Storlek: px" / "Starta
visningen från sidan:" / "Download ..." / "Transkript"), with blank lines between, must not push the minutes' first
line out of the head the title readers look at: the head's first twelve parts are counted without the copy's own
lines. Look-alikes: a place in a line far below twelve lines of text, and a title without a place.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_CHROME = ("STYRELSEPROTOKOLL NR 7/09\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStorlek: px\nStarta visningen från "
           "sidan:\n\nDownload \"STYRELSEPROTOKOLL NR 7/09\"\n\nTranskript\n\n")
_ITEMS = " 1 Mötets öppnande Ordföranden öppnade mötet. 2 Val av justerare Beslutades att välja Anna Ek.\n"

CASES = [
    # (text, venue)
    (_CHROME + "1 STYRELSEPROTOKOLL NR 7/09 fört vid SVERAKs styrelsemöte på SVERAKs kansli i Borås lördagen den 23 "
     "januari 2010 kl samt söndagen den 24 januari 2010 kl" + _ITEMS, "SVERAKs kansli i Borås"),
    (_CHROME + "1 Protokoll fört vid styrelsemöte på Folkets hus i Ånge den 5 maj 2015 kl. 18.00" + _ITEMS,
     "Folkets hus i Ånge"),
    (_CHROME.replace("\n\n", "\n\n\n") + "1 Protokoll fört vid styrelsemöte på Folkets hus i Ånge den 5 maj 2015"
     + _ITEMS, "Folkets hus i Ånge"),
    ("Protokoll fört vid styrelsemöte på Folkets hus i Ånge den 5 maj 2015\n\n" + _ITEMS, "Folkets hus i Ånge"),
    (_CHROME + "1 Protokoll fört vid styrelsemöte den 5 maj 2015 kl. 18.00" + _ITEMS, None),
    # look-alikes: twelve lines of text first
    ("Protokoll styrelsemöte 2015-05-05\n" + "".join(f"Rad {k} med text.\n" for k in range(13))
     + "Protokoll fört vid styrelsemöte på Folkets hus i Ånge den 5 maj 2015\n" + _ITEMS, None),
]


@pytest.mark.parametrize(("text", "venue"), CASES)
def test_venue_head_window_counts_text_lines(text: str, venue: str | None) -> None:
    assert extract_text(minutes_from_text(text)).meeting.venue == venue
