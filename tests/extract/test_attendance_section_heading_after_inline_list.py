"""A list written on its label's line ("Ej närvarande: Jonas") is often followed, after a blank line, by
the first section of unnumbered minutes: a word alone ("Kläder", "Ekonomi", "Hemsidan") over a paragraph of
prose. That word heads the section; it is no name added to the list. A given name alone after the list
still is one ("Närvarande: Anna Berg" / "" / "Jonas"), and so is a word over a list of names or a short note
rather than a sentence.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Styrelsemöte 19 augusti 2010\n\nMötesnoteringar från mötet vid Rösjöbadet 19 augusti\n\n"
_lists = partial(attendance_names, head=_HEAD)
_PROSE = "Det har kommit in några frågor om det är möjligt att efterbeställa klubbkläderna. Lena kollar detta.\n"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (f"Närvarande: Matilda, Peter, Endre, Anne\n\nEj närvarande: Jonas\n\nKläder\n\n{_PROSE}",
         ["Matilda", "Peter", "Endre", "Anne"], ["Jonas"]),
        (f"Närvarande: Matilda, Peter\n\nFrånvarande: Jonas Berg, Olle Ek\n\nEkonomi\n\n{_PROSE}",
         ["Matilda", "Peter"], ["Jonas Berg", "Olle Ek"]),
        (f"Närvarande: Anna Berg, Bo Lind, Cecilia Holm\n\nHemsidan\n\n{_PROSE}",
         ["Anna Berg", "Bo Lind", "Cecilia Holm"], []),
        (("Närvarande: Anna Berg, Bo Lind\n\nMedaljpengar\n\nEndre har skickat underlag för alla medaljörer till "
          "kansliet så beloppen bör nu vara insatta.\n"), ["Anna Berg", "Bo Lind"], []),
        # look-alikes: a given name alone after the list is a name, whatever follows it
        (f"Närvarande: Anna Berg, Bo Lind\n\nJonas\n\n{_PROSE}", ["Anna Berg", "Bo Lind", "Jonas"], []),
        # a word over no prose (a short line) is not judged by this rule
        ("Närvarande: Anna Berg\n\nEj närvarande: Jonas\n\nPeter\n\nÖvrigt\n",
         ["Anna Berg"], ["Jonas", "Peter"]),
    ],
)
def test_word_over_prose_after_inline_list_is_no_name(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
