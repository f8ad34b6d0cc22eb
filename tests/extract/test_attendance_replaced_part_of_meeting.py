"""A member listed present for part of the meeting, with the chair's role word read before the name ("Catarina
Engström (MP) Ordförande Hans Lobell (M) 1-10"), and named in a substitute's note for the rest ("Ersättare för
Hans Lobell Bengt Melin (SPI)"), was there: present, not absent. A member named only in the note is absent.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="1 Tekniska nämnden Plats och tid Kommunhuset, Motala Tisdag 2010-01-12, "
                                        "kl 08:00-14:15 ",
                 tail=" Övriga närvarande Se sid 2 Utses att justera Cecilia Hettström Paragrafer 1-19\n\n"
                      "§ 1 Val av justerare\n\nCecilia Hettström väljs.")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Beslutande Catarina Engström (MP) Ordförande Hans Lobell (M) 1-10 Sven-Inge Levin (C) 1-10 "
          "Jan Fallsvik (FP) Cecilia Hettström (S) Ersättare för Hans Lobell Bengt Melin (SPI) "
          "Ersättare för Sven-Inge Levin"),
         ["Catarina Engström", "Hans Lobell", "Sven-Inge Levin", "Jan Fallsvik", "Cecilia Hettström"], []),
        # look-alike: the member named in the note is not in the list: absent
        (("Beslutande Catarina Engström (MP) Ordförande Jan Fallsvik (FP) Cecilia Hettström (S) "
          "Ersättare för Hans Lobell Bengt Melin (SPI)"),
         ["Catarina Engström", "Jan Fallsvik", "Cecilia Hettström"], ["Hans Lobell"]),
    ],
)
def test_member_replaced_for_part_of_meeting(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
