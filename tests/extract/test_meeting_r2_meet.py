"""Meeting fields read from real minutes' layouts (branch r2-meet).

A Dnr that follows an item's heading on a later page ("SN 139 Ekonomisk lägesrapport november 2012 Dnr
17/12") is the item's matter number, not the minutes' reference; a Dnr in the minutes' own head still is.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

HEAD = "Socialnämnden\nSammanträdesprotokoll\nSammanträdesdatum 2016-01-18\n"


def reference(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].reference


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an item's heading (the body's short name, its paragraph, its title) before the matter's Dnr
        ("2 Socialnämnden (20) SN 139 Ekonomisk lägesrapport november 2012 Dnr 17/12 Nämnden har uttryckt önskemål.\n",
         None),
        ("Socialnämnden (27) SN 13 Bidrag till fritidsstudier inom förskolan Dnr 31/16 XXXX har inkommit.\n", None),
        ("KS 45 Detaljplan för Norra hamnen Dnr KS 2019/112 Förslag till beslut.\n", None),
        ("BUN § 7 Skolskjuts för elever i årskurs 1-3 Dnr BUN 2020/55 Ärendet.\n", None),
        # look-alikes that keep their reference: the minutes' own Dnr in the head
        ("Dnr 2016/14\n", "2016/14"),
        ("Diarienummer: KS 2020/0927\n", "KS 2020/0927"),
        ("Protokoll nr 3 Dnr SN 2016/31\n", "SN 2016/31"),
        # a sentence before the Dnr is no item heading
        ("Ärendet gäller SN 2016. Dnr 2016/44\n", "2016/44"),
    ],
)
def test_item_heading_dnr_is_not_the_reference(line: str, expected: str | None) -> None:
    assert reference(HEAD + line) == expected
