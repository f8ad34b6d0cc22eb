"""The place written right before a date is found across a line break inside a sentence: prose wrapped
as "styrelsen har blivit anmodad till vårgasquen i Helsingborg\\nden 23 maj". A place in an earlier
sentence, or one past another date, is not the date's."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2015-04-13\n\nNärvarande: Anna Berg, Olle Ek\n\n§ 5 Inbjudningar\n\n"


@pytest.mark.parametrize(
    ("said", "venue"),
    [
        (("Tom meddelade att styrelsen har blivit anmodad till vårgasquen i Helsingborg\nden 23 maj och man "
         "finner den i styrelsens facebookgrupp."), "Helsingborg"),
        ("Styrelsen är inbjuden till sittningen på Kårhuset\nden 23 maj, anmälan till Tom.", "Kårhuset"),
        # look-alikes: the place is in the sentence before, or no place at all
        (("Vi åker till Helsingborg. Styrelsen har blivit anmodad till vårgasquen\nden 23 maj och man finner "
         "den i gruppen."), None),
        ("Gasquen i Helsingborg blev lyckad. Vårgasquen hålls\nden 23 maj i år.", None),
        ("Styrelsen har blivit anmodad till vårgasquen\nden 23 maj och man finner den i gruppen.", None),
    ],
)
def test_place_before_date_on_wrapped_line(said: str, venue: str | None) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n§ 6 Övrigt\n\nInga övriga frågor.\n"))
    assert [(e.date, e.venue) for e in got.events] == [("2015-05-23", venue)]
