"""In unnumbered minutes, a line alone that tells who was elected, its full stop left out ("Till mötets sekreterare
valdes Agneta Söderlund", "Efter diskussion utsågs enhälligt nya styrelsen för Anhöriga Riks"), is text, not a
heading; "Ekonomi:" over its paragraph is. Look-alikes: headings that name an election ("Val av styrelse",
"Valberedningens förslag"), a heading with a colon."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll fört vid Svenska Brukarförenings Anhörigas möte\n\nTid: 2013-06-24 kl 18.00\n\n"
        "Mötet öppnades av Agneta som hälsade alla välkomna och förklarade syftet med mötet.\n\n")
ECONOMY = "Ekonomi:\n\nHittills har allt arbete utförts ideellt, men det finns ett behov att föreningen får en ekonomi.\n"

CASES = [
    pytest.param("Till mötesordförande valdes Annika Rosengren.\n\nTill mötets sekreterare valdes Agneta Söderlund\n\n"
                 "Till Justerare valdes Marie Johansson och Anna-Maj Molander\n\n" + ECONOMY, ["Ekonomi"], id="chosen-to"),
    pytest.param("Efter diskussion utsågs enhälligt nya styrelsen för Anhöriga Riks\n\nTill ordförande valdes Annika "
                 "Rosengren\n\n" + ECONOMY, ["Ekonomi"], id="appointed"),
    pytest.param("Anna Ek omvaldes som ordförande för ett år\n\nBo Berg nyvaldes som kassör\n\n" + ECONOMY, ["Ekonomi"],
                 id="re-elected"),
    # look-alikes: headings that name elections
    pytest.param("Val av styrelse\n\nTill ordförande valdes Annika Rosengren för ett år framåt i föreningen.\n\n"
                 + ECONOMY, ["Val av styrelse", "Ekonomi"], id="election-heading"),
    pytest.param("Valberedningens förslag\n\nValberedningen föreslog omval av hela styrelsen utom kassören.\n\n"
                 + ECONOMY, ["Valberedningens förslag", "Ekonomi"], id="nomination-heading"),
]


@pytest.mark.parametrize(("text", "titles"), CASES)
def test_election_lines_are_no_headings(text: str, titles: list[str]) -> None:
    assert [i.title for i in extract_text(minutes_from_text(HEAD + text)).items] == titles
