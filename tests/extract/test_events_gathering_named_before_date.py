"""A date is told of the words right before it: a get-together named there ("den engagerattacksittning som
kommer äga rum 5 april", "julbordet på restaurangen den 12 december") is no meeting of the body, though the
sentence names a meeting elsewhere ("granskades under mötet"). A meeting named right before the date, or a
meeting with a meal, stays a meeting."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2014-03-26\n\nNärvarande: Anna Berg, Olle Ek\n\n4. Rapporter\n\n"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        (("Verksamhetsplanerna granskades under mötet och vi hann prata lite om den engagerattacksittning som "
          "kommer äga rum 5 april."), "other"),
        ("Efter mötet bestämdes att julbordet på restaurangen blir den 12 december.", "other"),
        # look-alikes: a meeting right before the date, a meeting with a meal, a meeting alone
        ("Efter sittningen diskuterades att nästa styrelsemöte blir den 5 april.", "meeting"),
        ("Vi bjuder på fika vid mötet den 5 april.", "meeting"),
        ("Vid mötet bestämdes att lunchmötet hålls den 5 april.", "meeting"),
    ],
)
def test_gathering_named_before_date(said: str, kind: str) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n5. Övrigt\n\nInga övriga frågor.\n"))
    assert [e.kind.value for e in got.events] == [kind]
