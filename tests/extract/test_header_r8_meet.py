"""A page head's minutes number and page counter give no body: the title below names it.

"PROTOKOLL Nr 1-2019 Sida 1 (5) Sammanträdesdatum 2019-02-11" above "Sammanträde med styrelsen X": the
head line's rest after the document word is the minutes' number, the page counter and a label, so the body
is the one the next head line names. Look-alikes: a name after the counter ("Sida 1 (23)
Barn- och utbildningsnämnden") or after the number alone ("Nr 4 Kommunala ungdomsrådet") stays the body.
"""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_REST = ("\nNärvarande: Anna Berg, Karl Ek, Lars Holm\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
         "§ 2 Mötets avslutande\n\nOrdföranden avslutade mötet.\n")

CASES = [
    # (head lines, expected body)
    ("PROTOKOLL Nr 1-2019 Sida 1 (5) Sammanträdesdatum 2019-02-11\n\nSammanträde med styrelsen Estuna Bygdeförening\n",
     "Styrelsen Estuna Bygdeförening"),
    ("PROTOKOLL Nr 3 Sida 1/4 Datum 2019-05-06\n\nSammanträde med styrelsen Sjöviks Byalag\n",
     "Styrelsen Sjöviks Byalag"),
    ("PROTOKOLL Nr 2-2020 Sida 1 (3) Datum 2020-04-02\n\nStyrelsen för Norra Hembygdsföreningen\n",
     "Styrelsen för Norra Hembygdsföreningen"),
    ("PROTOKOLL Nr 1-2019 Sida 1 (5) Tid 2019-02-11 kl 18.30\n\nSammanträde med styrelsen Sjöviks Byalag\n",
     "Styrelsen Sjöviks Byalag"),
    # look-alikes: the head line names the body itself
    ("SAMMANTRÄDESPROTOKOLL Sida 1 (23) Barn- och utbildningsnämnden\n2016-12-15\n", "Barn- och utbildningsnämnden"),
    ("Protokoll Nr 4 Kommunala ungdomsrådet 2017-09-11\n\nSammanträde med styrelsen\n", "Kommunala ungdomsrådet"),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_page_head_counter_is_no_body(tmp_path: Path, head: str, body: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(head + _REST, encoding="utf-8")
    assert extract_minutes(path).meeting.body == body
