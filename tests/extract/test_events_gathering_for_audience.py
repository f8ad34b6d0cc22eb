"""A gathering held for others, named right before its date ("upptaktsträff för barn och föräldrar, den
1/10", "informationsträff för allmänheten den 5 maj"), is no meeting of the body, whatever it is called.
A meeting of the body that only concerns such a group, said apart from the date, stays a meeting."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll huvudstyrelsen 2013-09-23\n\nNärvarande: Anna Berg, Olle Ek\n\n3. Ungdomsverksamhet\n\n"


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        (("Niklas rapporterade att träningen inleds på tisdagar, med första pass, samt efterföljande "
          "upptaktsträff för barn och föräldrar, den 1/10."), "other"),
        ("Kommunen håller en informationsträff för allmänheten den 5 oktober.", "other"),
        ("Skolan bjuder in till ett möte för föräldrarna den 8 oktober.", "other"),
        # look-alikes: the body's meeting, its audience said apart from the date or not at all
        ("Styrelsen diskuterar verksamheten för barn på mötet den 8 oktober.", "meeting"),
        ("Nästa möte den 8 oktober handlar om aktiviteter för barn.", "meeting"),
        ("Medlemsträffen hålls den 8 oktober.", "meeting"),
    ],
)
def test_gathering_for_audience(said: str, kind: str) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n4. Övrigt\n\nInga övriga frågor.\n"))
    assert [e.kind.value for e in got.events] == [kind]
