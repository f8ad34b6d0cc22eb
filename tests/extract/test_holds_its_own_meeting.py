"""An announced line telling of another holder's meeting ("håller lokalföreningen ... sitt årsmöte") is a
dated thing of theirs, not a topic for this body's later agenda (`items.holds_its_own_meeting`)."""

import pytest

from planner.extract import extract_text
from planner.extract.items import holds_its_own_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("sentence", "body", "other"),
    [
        # real phrases
        ("Söndagen den 16/2-20 kl. 13.00 håller lokalföreningen i Stockholm sitt årsmöte.", "Styrelsen", True),
        ("Lördagen den 22/2-20, kl. 13.00 håller riksföreningen sitt årsmöte.", "Styrelsen", True),
        ("Distriktet håller sitt årsmöte den 5 mars i Falun.", "SPF Seniorerna Falun, styrelsen", True),
        ("Den 12 april har förbundet sitt representantskapsmöte.", "Styrelsen", True),
        # look-alikes: this body or "vi" holding it; no meeting held
        ("Den 12 april håller styrelsen sitt nästa möte.", "Styrelsen", False),
        ("Den 12 april håller vi sitt vårmöte.", "Styrelsen", False),
        ("Föreningen håller sitt årsmöte den 5 mars.", "Hembygdsföreningen Gillet", False),
        ("Lokalföreningen har sitt kansli i Stockholm från den 1 mars.", "Styrelsen", False),
        ("Frågan tas upp på nästa möte den 5 mars.", "Styrelsen", False),
    ],
)
def test_holds_its_own_meeting(sentence: str, body: str, other: bool) -> None:
    assert holds_its_own_meeting(sentence, (0, len(sentence)), body) is other


_MINUTES = """Styrelsemöte 2019-10-30

Närvarande: Anna Berg, Karl Ek

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Planering av aktiviteter och möten nästa år
Så här ser den tänkta planeringen ut:
  • Söndagen den 16/2-20 kl. 13.00 håller lokalföreningen i Stockholm sitt årsmöte.
  • Lördagen den 22/2-20, kl. 13.00 håller riksföreningen sitt årsmöte.

3. Mötets avslutande
"""


def test_another_holders_meeting_is_no_carry_nor_next_meeting() -> None:
    out = extract_text(minutes_from_text(_MINUTES))
    assert not any("årsmöte" in c.title for c in out.carry)
    assert out.next_meeting is None
