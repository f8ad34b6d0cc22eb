"""An item whose whole text is one short passive sentence taking it along to a later meeting is put off.

"1. TIDUPPGIFTER JORDBRUKSVERKET:" / "• Tas med till nästa möte 17/11 ALLA": nothing was dealt with at this
meeting, the matter only goes on to the next: postponed (as "Flyttas till nästa möte"), not a matter handled
that comes back. With text of its own before it ("Vi gick igenom offerterna. Frågan tas upp på nästa möte")
the item was handled and returns, as before; so it does when the matter is taken up "again" ("Frågan tas upp
igen på nästa möte"), which says it was taken up now.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.model import ItemStatus
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2013-11-10\n\nNärvarande: Anna Berg, Bo Lind\n\n1. Ekonomi\n\nKassan är god.\n\n"
TAIL = "\n\n3. Övriga frågor\n\nInga övriga frågor.\n"


def status_of_second(body: str) -> tuple[ItemStatus, str | None]:
    x = extract_text(minutes_from_text(HEAD + "2. Tiduppgifter till Jordbruksverket\n\n" + body + TAIL))
    item = x.items[1]
    return item.status, item.target.when


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("• Tas med till nästa möte 17/11 ALLA", ItemStatus.POSTPONED),
        ("Tas upp på nästa möte.", ItemStatus.POSTPONED),
        ("Frågan tas upp vid nästa styrelsemöte.", ItemStatus.POSTPONED),
        ("Ärendet tas med till kommande möte.", ItemStatus.POSTPONED),
        # look-alikes: taken up "again" (so now as well), or handled first, then coming back
        ("Tas upp igen på nästa möte.", ItemStatus.RETURNS),
        ("Frågan tas upp igen på nästa möte.", ItemStatus.RETURNS),
        ("Vi gick igenom offerterna och jämförde priserna. Frågan tas upp på nästa möte.", ItemStatus.RETURNS),
        ("Anna redovisade läget för ansökan. Tas med till nästa möte.", ItemStatus.RETURNS),
    ],
)
def test_taken_along_alone_is_put_off(body: str, status: ItemStatus) -> None:
    assert status_of_second(body) == (status, "next")
