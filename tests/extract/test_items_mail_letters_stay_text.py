"""The lettered points under a heading of the mail received list the letters, each told in a line or two: they
are the heading's text, not items ("§ 29 Skrivelser" / "a) Medlemsstatistik, statistiken är negativ ..." /
"b) Värmlandstrafik, ..."; "§4 Inkomna skrivelser:" / "A. Protokoll från Distriktets Årsstämma. Bilaga 1").
Look-alike: lettered points under a heading that merely groups separate matters ("18 Rapporter" /
"a. Finansrapport") stay the items."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_OPEN = "Styrelsemöte 30 maj 2015\n§ 26 Mötets öppnande\nMötet öppnades.\n§ 27 Förslag till dagordning\n" \
        "Dagordningen godkändes.\n"
_LETTERS = ("a) Medlemsstatistik, statistiken är negativ för distriktet, Thomas kollar\nmed förbundet.\n"
            "b) Värmlandstrafik, mycket kritik mot servicetrafiken.\n"
            "c) Protokoll från Årjäng-avdelningens årsmöte saknas.\n")
_CLOSE = "§ 29 Mötets avslutande\nOrdföranden avslutade mötet.\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize("heading", ["§ 28 Skrivelser", "§ 28 Inkomna skrivelser:", "§ 28 Post",
                                     "§ 28 Korrespondens", "§ 28 Inkommen post"])
def test_letters_under_mail_heading_stay_its_text(heading: str) -> None:
    assert _numbers(_OPEN + heading + "\n" + _LETTERS + _CLOSE) == ["26", "27", "28", "29"]


@pytest.mark.parametrize("heading", ["§ 28 Rapporter", "§ 28 Övriga frågor"])
def test_letters_under_grouping_heading_are_items(heading: str) -> None:
    assert _numbers(_OPEN + heading + "\n" + _LETTERS + _CLOSE) == ["26", "27", "a", "b", "c", "29"]
