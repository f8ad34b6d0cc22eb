"""List numbers written with the stop before them (".1", ".2", ...) number the items.

".1 Ordförande Fredrik Granberg öppnar mötet." / ".2 Carolina Bredhult valdes till justeringsperson." / ...
/ ".6 Meddelanden." / "AU" / ... / "Fakultetsnämnden": a word processor's list whose numbers lost their
place. Before, the numbers were not read and the short lines inside the last item ("AU",
"Fakultetsnämnden") were taken for its items.

Look-alikes: a decimal number at a line's start (".5 miljoner kronor ...") and a reference inside a sentence
(".7 Darmada flyttades upp") number no item.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_DOC = ("Protokoll fört vid doktorandrådsmöte den 21:a oktober 2004\n\nNärvarande: enligt bilaga\n\n"
        ".1 Ordförande Fredrik Granberg öppnar mötet.\n\n.2 Carolina Bredhult valdes till justeringsperson.\n\n"
        ".3 Dagordningen lästes upp och godkändes med en ändring: .5 Darmada flyttades upp före .4 meddelanden.\n\n"
        ".4 Meddelanden.\n\nAU\n\nVårdbiblioteket kommer eventuellt att läggas ner.\n\nFakultetsnämnden\n\n"
        "Det finns planer på ett hälsans hus.\n\n.5 Darmada. Martin Blixt informerade om arbetsmarknadsdagen.\n")


def test_leading_dot_numbers() -> None:
    items = extract_text(minutes_from_text(_DOC)).items
    assert [i.number for i in items] == ["1", "2", "3", "4", "5"]
    assert items[3].title == "Meddelanden"


@pytest.mark.parametrize(
    "line",
    [
        ".5 miljoner kronor avsattes till kurserna.",
        "Dagordningen godkändes med en ändring: .7 Darmada flyttades upp.",
    ],
)
def test_no_item_from_decimal_or_reference(line: str) -> None:
    doc = minutes_from_text(f"Protokoll 2004-10-21\n\nStyrelsen träffades.\n\n{line}\n\nMötet avslutades.\n")
    assert [i.number for i in extract_text(doc).items if i.number] == []
