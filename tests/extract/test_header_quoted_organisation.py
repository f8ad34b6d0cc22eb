"""An association named in quotes in the head sentence is the body where the title gives only a meeting word.

"Styreslemöte 2008-03-11" / "Avskrift av protokoll/Kerstin Johansson:" / "Styrelsemöte fört med För. ”Vår Bygd
1891” den 11 mars 2008.": the page title (misspelt, so not read as "Styrelsen") was taken for the body.

Look-alikes: a quoted book title in the text ("böcker av ”Emigranter från Vår Bygd”"), a quote with no meeting or
minutes word before it, and a title that names the body ("Styrelsemöte" -> "Styrelsen") keep their body.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_ITEMS = "\n§ 1. Just.\nAtt justera dagens protokoll valdes Ulla Karlsson.\n\n§ 2. Styrelse.\nOrdf. Arne Hallsten.\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (("Styreslemöte 2008-03-11\n\nAvskrift av protokoll/Kerstin Johansson:\n"
         "Styrelsemöte fört med För. ”Vår Bygd 1891” den 11 mars 2008.\n"), "Vår Bygd 1891"),
        ('Möte 2008-03-11\n\nProtokoll fört vid möte i föreningen "Hembygdens vänner" den 11 mars 2008.\n',
         "Hembygdens vänner"),
        # look-alikes
        ("Styrelsemöte 2008-03-11\n\nStyrelsemöte fört med För. ”Vår Bygd 1891” den 11 mars 2008.\n", "Styrelsen"),
        ("Styreslemöte 2008-03-11\n\nVi läste böcker av ”Emigranter från Vår Bygd” i cirkeln.\n", "Styreslemöte"),
    ],
)
def test_quoted_organisation(head: str, body: str) -> None:
    assert extract_text(minutes_from_text(head + _ITEMS)).meeting.body == body
