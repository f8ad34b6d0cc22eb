"""A numbered entry whose title runs past 200 characters in one unstopped sentence is still an item.

"11 Remiss (samråd) av Arbetsprogram med tidtabell och översikt av väsentliga frågor inför arbetet med
förvaltningsplan 2015-2021 samt Behovsbedömning, ... 2015-2021 (utsänd)": a remiss names the plan it is
about in full. A numbered line that long used to be read as a paragraph that opens with its number; it
is one when a sentence ends in it, or when it runs past 400 characters.

Look-alikes: a long numbered line with sentences in it is no item, and one past 400 characters is not
read whole as a title.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_LONG = ("Remiss (samråd) av Arbetsprogram med tidtabell och översikt av väsentliga frågor inför arbetet med "
         "förvaltningsplan 2015-2021 samt Behovsbedömning, omfattning och detaljeringsgrad av "
         "miljökonsekvensbeskrivningen för Norra Östersjöns vattendistrikt med anledning av miljöbedömning av "
         "åtgärdsprogram 2015-2021 (utsänd)")
_SENTENCES = ("Styrelsen har fått remissen om arbetsprogrammet med tidtabell och översikt av väsentliga frågor. "
              "Den gäller förvaltningsplan 2015-2021 samt behovsbedömning, omfattning och detaljeringsgrad av "
              "miljökonsekvensbeskrivningen. Svar ska lämnas senast i maj och förvaltningen tar fram ett förslag")


def _agenda(entry: str) -> str:
    return ("Protokoll styrelsemöte 2013-03-11\n\n"
            "1 Godkännande av dagordningen\n\n2 Föregående protokoll (tidigare utsänt)\n\n"
            "3 Förslag till budget 2014 (utsänd)\n\n4 " + entry + "\n\n5 Remiss av handlingsplan för matavfall (utsänd)\n\n"
            "6 Årsstämmor 2013 (utsänd)\n")


@pytest.mark.parametrize(
    ("entry", "whole"),
    [
        (_LONG, True),
        (_LONG.replace(" (utsänd)", ", med bilagor om vattenförekomster i länet (utsänd)"), True),
        # look-alikes
        (_SENTENCES, False),
        (_LONG + " samt " + _LONG.lower(), False),
    ],
)
def test_long_agenda_title(entry: str, whole: bool) -> None:
    rows, _ = item_rows(_agenda(entry), "2013-03-11")
    assert any(number == "4" and title == entry for number, title, _, _ in rows) is whole
