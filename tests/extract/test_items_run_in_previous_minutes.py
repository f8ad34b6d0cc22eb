"""The previous minutes' item run in after the text of the item before it, its number lost in the copy: "3.
Förslag till Dagordning Förslag till dagordning godkändes, se bilaga Protokoll från föregående möte Protokoll från
föregående styrelsemöte fastställdes. 5. Medlemsprojekt ...": item 4 without its number. Look-alikes: the words
inside a sentence ("... och protokoll från föregående möte lades ...", lower case), or where no number is missing
(3 then 4), add nothing."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_FRONT = ("Protokoll fört vid Helsingborgs konstförenings styrelsemöte den 9 januari 2008 Närvarande: Sofia Orre, "
          "Staffan Sommelius, Kjell Östlund, Ingrid Persson. 1. Mötets öppnande Mötet öppnades. 2. Val av "
          "mötesfunktionärer Till ordförande valdes SO, till sekreterare UH och justerare KÖ. 3. Förslag till "
          "Dagordning Förslag till dagordning godkändes, se bilaga ")
_BACK = (" {n}. Medlemsprojekt Herder-arbetsgrupp består av SO, SS, JR samt BRL med SO som sammankallande. "
         "Herderutställningen öppnar med vernissage en vecka före beräknat, den 12/4, och det är därmed lite oklart "
         "när den slutar. Ett besök på kulturmagasinet finns bokat den 16 jan kl. 13 för att se på konsten.\n")


def _items(middle: str, n: int = 5) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_FRONT + middle + _BACK.format(n=n)))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize(("middle", "title"), [
    ("Protokoll från föregående möte Protokoll från föregående styrelsemöte fastställdes.",
     "Protokoll från föregående möte"),
    ("Föregående mötesprotokoll Protokollet lades till handlingarna.", "Föregående mötesprotokoll"),
    ("Förra mötets protokoll Protokollet lades till handlingarna.", "Förra mötets protokoll"),
])
def test_previous_minutes_lost_number_is_an_item(middle: str, title: str) -> None:
    items = _items(middle)
    assert [n for n, _ in items] == ["1", "2", "3", None, "5"]
    assert items[3][1] == title


def test_previous_minutes_in_a_sentence_adds_nothing() -> None:
    items = _items("och protokoll från föregående möte lades till handlingarna.")
    assert [n for n, _ in items] == ["1", "2", "3", "5"]


def test_no_number_missing_adds_nothing() -> None:
    items = _items("Protokoll från föregående möte Protokollet fastställdes.", n=4)
    assert [n for n, _ in items] == ["1", "2", "3", "4"]
