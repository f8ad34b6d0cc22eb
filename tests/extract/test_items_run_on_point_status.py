"""A point whose name and text run together on one line still gets the status its text gives.

"B) GDPR Punkten ajourneras." and "B) Redskapslådor Frågan om centralt inköp av redskapslådor ...
ajourneras." cut the heading mid-sentence: the subject ("Punkten", "Frågan om ...") stays in the title
and the body begins with the verb, so neither part alone reads as a postponed matter. The clause from
the first capitalised word past the name's first word to the end of the first sentence is read as one.

Look-alikes: a heading whose text stands on its own line, a name that ends in a stop before the text,
and a run-on text that does not put the matter off keep the item handled.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_HEAD = ("Protokoll styrelsemöte 2020-06-09\n\n§1 Mötet öppnas\n\n§2 Dagordningen fastställs\n\n"
         "§3 Justering av protokoll/uppföljning av föregående mötesbeslut\n\n")


@pytest.mark.parametrize(
    ("point", "status"),
    [
        ("B) GDPR Punkten ajourneras.", "postponed"),
        ("B) ) GDPR Punkten ajourneras.", "postponed"),
        (("B) Redskapslådor Frågan om centralt inköp av redskapslådor till de som önskar (och betalar i förskott) "
         "ajourneras."), "postponed"),
        ("B) Grillplatsen Ärendet bordläggs till nästa möte.", "postponed"),
        # look-alikes
        ("B) Jordstatus i vår förening Styrelsen har kontaktat Stockholms stad i frågan. Inget nytt har framkommit.",
         "handled"),
        ("B) Skansenbiljetter Från Skansen har vår förening fått 10 fribiljetter som gäller året ut.", "handled"),
        ("B) GDPR\n\nStyrelsen går igenom policyn.", "handled"),
        ("B) Gemensamma inköp av t.ex. gödsel. En undersökning kommer att genomföras.", "handled"),
    ],
)
def test_run_on_point_status(point: str, status: str) -> None:
    text = (_HEAD + "A) Årsmöte Uppgifterna fördelades i styrelsen.\n\n" + point
            + "\n\nC) Status i D-huset Styrelsen tar kontakt med kvartermästaren.\n\nD) Övrigt Inget att ta upp.\n")
    rows, _ = item_rows(text, "2020-06-09")
    got = {number: st for number, _, st, _ in rows}
    assert got.get("B") == status, rows
