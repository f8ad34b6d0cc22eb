"""A meeting portal's page with one bullet holding only a number, the other bullets prose.

"•   2" / "Val av justerare och tid för justering" / "• Enligt reglemente för nämnden har ..." /
"• Covidläget": the page kept one heading, marked by a bullet with its number alone and the title
on the line below; its other bullets are the paragraphs' text and no items. Look-alikes: without
the bare number the bullets stay the items; a bullet that holds a number and words is a bullet.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_NAV = "Hoppa över navigering\n"
_MARK = " •   2\n\n  Val av justerare och tid för justering\n\n"
_PROSE = (
    " • Enligt reglemente för nämnden har preliminär föredragningslista över de ärenden som avses bli "
    "behandlade under sammanträdet skickats ut\n\n"
    "  • Covidläget och vaccinationer\n"
    "  • Plan för uppskjuten vård\n"
    "  • Patientsäkerhet\n"
    " • Regionen driver sedan 2010 en verksamhet för personer med missbruk. Detta sker inom "
    "beroendeenheten och arbetet omfattar flera kommuner.\n\n"
    " • Nämnden beslutade i april att uppdra till ordföranden att lägga fram ett förslag.\n\n"
)


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NAV + _MARK + _PROSE, [("2", "Val av justerare och tid för justering")]),
        (_NAV + _MARK.replace("2", "14") + _PROSE, [("14", "Val av justerare och tid för justering")]),
    ],
    ids=["bare-two", "bare-fourteen"],
)
def test_bare_bullet_number_is_the_one_item(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _heads(text) == expected


_LIST = (
    " • Mötets öppnande\n\n • Ekonomin redovisades av kassören\n\n • Nya medlemmar\n\n • Övriga frågor\n\n"
)
_LISTED = ["Mötets öppnande", "Ekonomin redovisades av kassören", "Nya medlemmar", "Övriga frågor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_NAV + _LIST, [(None, t) for t in _LISTED]),  # no bare number: the bullets
        # a number with words is a bullet like the others
        (
            _NAV + " • 2 nya medlemmar har anmält sig\n\n" + _LIST,
            [(None, "2 nya medlemmar har anmält sig")] + [(None, t) for t in _LISTED],
        ),
        # two bare numbers: a list of paragraphs of their own
        (
            _NAV + _MARK + " •   5\n\n  Ekonomi\n\n" + _LIST,
            [("2", "Val av justerare och tid för justering"), ("5", "Ekonomi")],
        ),
    ],
    ids=["no-mark", "number-with-words", "two-marks"],
)
def test_without_one_bare_number_the_rule_stays_out(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    assert _heads(text) == expected
