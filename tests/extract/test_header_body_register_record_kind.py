"""A council's register of a meeting's matters is titled "REGISTER" ("REGISTER. Sporren, Utvecklingscentrum
Munkedal i Dingle. Ärende", "1 REGISTER Sida 1(2) Tid: ..."): the record's kind, no body's name. Look-alikes: a
body whose name holds the word ("Registernämnden"), a contents heading ("Ärendeförteckning") left to its rules."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("REGISTER. Sporren, Utvecklingscentrum Munkedal i Dingle. Ärende\n\nStorlek: px\n\nDownload \"REGISTER. "
         "Sporren, Utvecklingscentrum Munkedal i Dingle. Ärende\"\n\nTranskript\n\n1 REGISTER Sida 1(2) Tid: Måndagen den "
         "25 februari 2019 kl Plats: Sporren, Utvecklingscentrum Munkedal i Dingle Justeringsdag: Fredagen den 1 mars "
         "2019 kl Ärende 1. Inkomna avsägelser 1\n"), None),
        ("REGISTER Sida 1(2)\n\nTid: Måndagen den 25 februari 2019\nPlats: Kommunhuset\n", None),
        # look-alike: a body's name holding the word
        ("Registernämnden 2019-02-25\n\nNärvarande: Anna Ek, Per Lind\n", "Registernämnden"),
    ],
)
def test_register_names_no_body(text: str, body: str | None) -> None:
    assert _body(text) == body
