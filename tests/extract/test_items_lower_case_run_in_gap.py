"""A run-in heading whose title lost its capital in the copy (a large first letter dropped: "... röstberättigade.
3. al av ordförande till stämman MadeleineRångtell ...") is the one number missing between two run-in headings on
the line. Look-alikes: a lower-case "3." that is not the missing number ("... 3. ej med ..." where 3 is no gap),
or one word only, adds nothing."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_LINE = ("Brf Torghusen PROTOKOLL Ordinarie föreningsstämma 7 maj 2015 Plats: Konstfackscafeteria 1. Stämmans "
         "öppnande OrdförandenMadeleineRångtellhälsadeallavälkomna och förklarade stämman öppnad. 2. Upprättande av "
         "förteckning av närvarande medlemmar Registreringavnärvarandemedlemmarföretogs och 31 medlemmar var "
         "närvarande varav 23 var röstberättigade. {third} MadeleineRångtellvaldestillordförandeförstämman. 4. "
         "Anmälan av ordförandes val av sekreterare vid stämman Anmäldes att ordföranden utsett Kristin Simonsson "
         "som protokollförare vid stämman. 5. Fastställande av dagordning Stämman godkände dagordningen.\n")


def _items(third: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_LINE.format(third=third)))
    return [(h.number, h.title) for h in heads]


def test_lower_case_title_fills_the_gap() -> None:
    items = _items("3. al av ordförande till stämman")
    assert [n for n, _ in items] == ["1", "2", "3", "4", "5"]
    assert items[2][1] == "al av ordförande till stämman"


@pytest.mark.parametrize("third", ["3. ordförande", "Se punkt 3. al av ordförande till stämman"])
def test_no_lower_case_heading(third: str) -> None:
    assert [n for n, _ in _items(third)] == ["1", "2", "4", "5"]
