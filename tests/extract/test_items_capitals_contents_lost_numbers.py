"""A labelled contents list in capitals goes on past two entries that lost their numbers together.

"FÖREDRAGNINGSLISTA: 020 ... 025 BISKOPSVISITATION I VANDA SVENSKA FÖRSAMLING REPRESENTANTER TILL FINSKA
MISSIONSSÄLLSKAPETS ÅRSMÖTE REDOVISNING FÖR ANVÄNDNING AV TESTAMENTSMEDEL (Granlund) 028 ANSÖKAN ...":
026 and 027 lost their numbers, and in capitals their titles cannot be told apart from 025's (no
capitalised word after a lower-case one starts them). The list still goes on at 028; the entry before
keeps the titles. A note in brackets ("(Granlund)") does not take the capitals away.

Look-alikes: the same gap in titles in lower case (where the titles can be told apart, or not), and a gap
of three numbers, still end the list there.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _labelled_contents
from planner.extract.text import minutes_from_text

_CAPS = ("FÖREDRAGNINGSLISTA: 020 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 021 VAL AV TVÅ PROTOKOLLJUSTERARE "
         "022 JUSTERING AV PROTOKOLLET 023 BISKOPSVISITATION I FÖRSAMLINGEN REPRESENTANTER TILL ÅRSMÖTET "
         "REDOVISNING AV TESTAMENTSMEDEL (Granlund) {n} ANSÖKAN OM TESTAMENTSMEDEL (Kyrkoherden) {m} DONATION "
         "{k} ANMÄLNINGSÄRENDEN")
_LOWER = ("Föredragningslista: 20 Sammanträdets laglighet och beslutförhet 21 Val av två protokolljusterare "
          "22 Justering av protokollet 23 Biskopsvisitation i församlingen representanter till årsmötet "
          "redovisning av testamentsmedel {n} Ansökan om testamentsmedel {m} Donation {k} Anmälningsärenden")


def _numbers(text: str) -> list[str]:
    doc = minutes_from_text("Protokoll 2016-03-15\n\n" + text + "\n")
    line = next(i for i, ln in enumerate(doc.lines) if "ista" in ln.text.lower())
    return [c.number for c in _labelled_contents(doc.lines[line], line)]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (_CAPS.format(n="026", m="027", k="028"), ["020", "021", "022", "023", "026", "027", "028"]),
        (_CAPS.format(n="025", m="026", k="027"), ["020", "021", "022", "023", "025", "026", "027"]),
        (_CAPS.format(n="024", m="025", k="026"), ["020", "021", "022", "023", "024", "025", "026"]),
        # look-alikes
        (_LOWER.format(n="26", m="27", k="28"), ["20", "21", "22", "23"]),
        (_CAPS.format(n="027", m="028", k="029"), ["020", "021", "022", "023"]),
    ],
)
def test_capitals_contents_lost_numbers(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers
