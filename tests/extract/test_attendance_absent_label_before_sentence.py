"""An absent label inside a flattened present list, the minutes' first sentence running on after its names.

"Närvarande Peter Melin, ordförande Gun Rudquist ... Jennie Malm Maria Gustafsson Meddelat förhinder Jenny Nylund
Annika Nygård välkomnade styrgruppen och berättade om LRF:s verksamhet.": the label ends the present names and
opens the absent list, whose names end before the sentence's subject (the last name before the lower-case
verb). Before, no list was read from the sentence and the present list ran on over the label (one person read).

Look-alikes: a present label inside, one name only before the sentence, names without a sentence after them
(read by the other rules), and no label inside read no absent list by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _absent_before_sentence
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (("Jennie Malm Maria Gustafsson Meddelat förhinder Jenny Nylund Annika Nygård välkomnade styrgruppen och "
         "berättade om LRF:s verksamhet."), "Jenny Nylund"),
        ("Anna Ek Bo Berg Anmält förhinder Cia Holm Dan Lund Eva Ek hälsade alla välkomna.", "Cia Holm Dan Lund"),
        # look-alikes
        ("Anna Ek Bo Berg Övriga deltagare Cia Holm Dan Lund hälsade alla välkomna.", None),
        ("Anna Ek Bo Berg Meddelat förhinder Annika Nygård välkomnade styrgruppen.", None),
        ("Anna Ek Bo Berg Meddelat förhinder Cia Holm Dan Lund", None),
        ("Anna Ek Bo Berg Cia Holm hälsade alla välkomna.", None),
    ],
)
def test_absent_names_before_the_first_sentence(text: str, absent: str | None) -> None:
    found = _absent_before_sentence(text)
    assert (text[found[0][1]: found[0][2]].strip() if found else None) == absent


def test_present_list_ends_at_the_absent_label() -> None:
    text = ("Protokoll 2009-01-23\n\nNärvarande Peter Melin, ordförande Gun Rudquist (kom under punkt 7) Lotti Jilsmo "
            "Staffan Bond Thomas Norrby Ewa Engdahl Jennie Malm Maria Gustafsson Meddelat förhinder Jenny Nylund "
            "Annika Nygård välkomnade styrgruppen och berättade om LRF:s verksamhet.\n\n1. Mötets öppnande\n")
    present, absent = attendance_names(text)
    assert present == ["Peter Melin", "Gun Rudquist", "Lotti Jilsmo", "Staffan Bond", "Thomas Norrby", "Ewa Engdahl",
                       "Jennie Malm", "Maria Gustafsson"]
    assert absent == ["Jenny Nylund"]
