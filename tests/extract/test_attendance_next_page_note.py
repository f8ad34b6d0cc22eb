"""A note that the rest of a list stands on the next page: "BESLUTANDE Rolf Eknefelt (Sfk), ordförande ...
Kerstin Kedvall (Posk), 2:e vice ordförande * övriga beslutande ledamöter redovisas på nästa sida."

A flattened header names the chair's officers under a label in capitals and refers to the next page for the
other members. The note's verb made the run of entries read as a sentence, and the officers were lost. The note
("... redovisas/anges/återfinns på nästa sida", "forts. på nästa sida", "se följande sida") ends the list.
Look-alikes: a sentence of names ("Ledamöter Anna Ek och Bo Berg har lämnat föreningen") still opens no list.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_NEXT_PAGE_NOTE
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll Kyrkofullmäktige 2014-05-27\n\n"
_TAIL = "\n\n§ 1 Öppnande\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("1 1 (17) Plats och tid Sofiagården kl 19:00-19:45 BESLUTANDE Rolf Eknefelt (Sfk), ordförande Börje "
          "Duvell (Kr), 1:e vice ordförande Kerstin Kedvall (Posk), 2:e vice ordförande * övriga beslutande "
          "ledamöter redovisas på nästa sida."),
         ["Rolf Eknefelt", "Börje Duvell", "Kerstin Kedvall"]),
        (("1 1 (17) Plats och tid Sofiagården kl 19:00-19:45 BESLUTANDE Rolf Eknefelt (Sfk), ordförande Börje "
          "Duvell (Kr), 1:e vice ordförande Kerstin Kedvall (Posk) (forts. på nästa sida)"),
         ["Rolf Eknefelt", "Börje Duvell", "Kerstin Kedvall"]),
        # look-alike: a sentence after the label
        ("1 1 (17) Plats och tid Sofiagården kl 19:00-19:45 LEDAMÖTER Anna Ek och Bo Berg har lämnat föreningen.", []),
    ],
)
def test_next_page_note(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL)[0] == present


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2:e vice ordförande * övriga beslutande ledamöter redovisas på nästa sida.", True),
        ("Bo Berg (forts. på nästa sida)", True),
        ("Bo Berg, se följande sida", True),
        ("Bo Berg visade nästa års budget", False),
        ("Sidan 2 av 7", False),
    ],
)
def test_next_page_note_found(text: str, found: bool) -> None:
    assert (_RX_NEXT_PAGE_NOTE.search(text) is not None) is found
