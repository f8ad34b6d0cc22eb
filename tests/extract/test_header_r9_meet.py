"""A page head's minutes number and page counter before (or after) the body's name are no part of it.

"PROTOKOLL Nr 5-2021 Sida 1 (2) Styrelsen för X": the minutes' number with its year after a dash and the
page counter open the title's rest; "Sida 1/4 Kommunstyrelsen" writes the counter with a slash; a line
opening with the counter ("Sida 1 (12) Socialnämnden") is a page head whose rest is the title. Look-alikes:
a counter before a label ("Sida 1 (5) Sammanträdesdatum") gives no body.
"""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_REST = ("\nNärvarande: Anna Berg, Karl Ek, Lars Holm\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
         "§ 2 Mötets avslutande\n\nOrdföranden avslutade mötet.\n")

CASES = [
    # (head lines, expected body)
    ("PROTOKOLL Nr 5-2021 Sida 1 (2) Styrelsen för Norra Byalaget\n2021-05-03\n", "Styrelsen för Norra Byalaget"),
    ("Nr 5-2021 Sida 1 (2) Styrelsen för Norra Byalaget\n2021-05-03\n", "Styrelsen för Norra Byalaget"),
    ("PROTOKOLL Nr 5-2021 Kulturnämnden\n2021-05-03\n", "Kulturnämnden"),
    ("Protokoll Sida 1/4 Kommunstyrelsen\n2016-12-15\n", "Kommunstyrelsen"),
    ("Sammanträdesprotokoll Nr 5-2021 Sida 1/4 Kulturnämnden\n2021-05-03\n", "Kulturnämnden"),
    ("Sida 1 (12) Socialnämnden\n2016-12-15\n", "Socialnämnden"),
    ("Sida 1/4 Socialnämnden\n2016-12-15\n", "Socialnämnden"),
    # look-alikes and forms read before
    ("SAMMANTRÄDESPROTOKOLL Sida 1 (23) Barn- och utbildningsnämnden\n2016-12-15\n", "Barn- och utbildningsnämnden"),
    ("Protokoll Nr 4 Kommunala ungdomsrådet 2017-09-11\n", "Kommunala ungdomsrådet"),
    ("SAMMANTRÄDESPROTOKOLL 1 (12) Socialnämnden\n2016-12-15\n", "Socialnämnden"),
    ("Protokoll Sida 2 av 6 Miljönämnden\n2016-12-15\n", "Miljönämnden"),
    ("PROTOKOLL Nr 5-2021 Sida 1 (2) Sammanträdesdatum 2021-05-03\n\nSammanträde med styrelsen Sjöviks Byalag\n",
     "Styrelsen Sjöviks Byalag"),
    ("Styrelsen för Nyhetsblad\n2021-05-03\n", "Styrelsen för Nyhetsblad"),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_page_counter_leaves_body(tmp_path: Path, head: str, body: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(head + _REST, encoding="utf-8")
    assert extract_minutes(path).meeting.body == body
