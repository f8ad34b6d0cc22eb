"""Entries whose numbers a copy lost with the serials of the diary numbers that end the entries before them.

A notice's list keeps each matter's diary number after its title; a stored copy lost the serial and the next
entry's number together: "7 Verksamhetsplan för Huddinges brottsförebyggande råd 2017 KS-2016/ Huddinge
brottsförebyggande råds remissvar på motion ... KS-2016/ Riktlinjer mot klotter ... KS-2016/ Mötestider 2017
Onsdagar kl.15:30-17:30 ... 11 Övriga frågor", "8. Årsredovisning RFUL 2012/ Mälarting 2014 RFUL 2014/ AERs Årsmöte
2014 RFUL Information/Rapporter 11. Möte med ...". Where as many such cut diary numbers stand between two entries as
numbers are missing, each starts an entry without a number, its title as written up to the next one (the last up to
its register's letters left alone or a clock), and the entry after the gap is the next item.

Look-alikes: whole diary numbers ("KS 2016/123") between entries that count up by one, cut ones fewer than the numbers
missing, and a title that goes on in lower case after the cut diary number.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows, transcript

_OPEN = "Kallelse Ärenden Diarienummer 1 Godkännande av föredragningslistan 2 Information från kommunen "


def _rows(page: str) -> list[tuple[str | None, str]]:
    text = transcript(_OPEN + page)
    return [(number, title) for number, title, *_ in item_rows(text, "2016-12-07")[0]]


@pytest.mark.parametrize(
    ("page", "rows"),
    [
        (("3 Verksamhetsplan för rådet 2017 KS-2016/ Remissvar på motion om kameraövervakning i våra skolor "
          "KS-2016/ Riktlinjer mot klotter i kommunen KS-2016/ Mötestider 2017 Onsdagar kl.15:30-17:30 8 mars 17 maj "
          "7 Övriga frågor"),
         [("3", "Verksamhetsplan för rådet 2017"), (None, "Remissvar på motion om kameraövervakning i våra skolor"),
          (None, "Riktlinjer mot klotter i kommunen"), (None, "Mötestider 2017"), ("7", "Övriga frågor")]),
        ("3 Årsredovisning RFUL 2012/ Mälarting 2014 RFUL 2014/ AERs Årsmöte 2014 RFUL Information 6 Möte med Almi",
         [("3", "Årsredovisning"), (None, "Mälarting 2014"), (None, "AERs Årsmöte 2014"), ("6", "Möte med Almi")]),
        ("3 Budget 2018 Dnr KS 2016/ Taxor för bygglov Dnr KS 2016/ Antagande av VA-plan 6 Delegationsbeslut",
         [("3", "Budget 2018"), (None, "Taxor för bygglov"), (None, "Antagande av VA-plan"),
          ("6", "Delegationsbeslut")]),
        ("3 Detaljplan för Sjöstaden MBN 2015/ Tillsynsplan för miljöbalken 5 Delegationsbeslut",
         [("3", "Detaljplan för Sjöstaden"), (None, "Tillsynsplan för miljöbalken"), ("5", "Delegationsbeslut")]),
        ("3 Ekonomisk uppföljning SN-2019/ Internkontroll SN-2019/ Lex Sarah-rapport om boendet 6 Meddelanden",
         [("3", "Ekonomisk uppföljning"), (None, "Internkontroll"), (None, "Lex Sarah-rapport om boendet"),
          ("6", "Meddelanden")]),
        # look-alikes: whole diary numbers between entries that count up by one
        ("3 Budget 2018 KS 2016/123 4 Taxor för bygglov KS 2016/124 5 Delegationsbeslut",
         [("3", "Budget 2018"), ("4", "Taxor för bygglov"), ("5", "Delegationsbeslut")]),
        # fewer cut diary numbers than numbers missing
        ("3 Budget 2018 KS 2016/ Taxor för bygglov 6 Delegationsbeslut",
         [("3", "Budget 2018 KS 2016/ Taxor för bygglov")]),
        # the title goes on in lower case after the cut diary number
        ("3 Budget 2018 KS 2016/ och flerårsplan 5 Delegationsbeslut",
         [("3", "Budget 2018 KS 2016/ och flerårsplan")]),
    ],
)
def test_cut_diary_numbers(page: str, rows: list[tuple[str | None, str]]) -> None:
    assert _rows(page)[2:] == rows
