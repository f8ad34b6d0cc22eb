"""A course starting on a date: "Kurs startar 5 april." (a shooting club's board), "Nybörjarkursen startar 28/9",
"Eventuell dagtidskurs startar 19/10" (a bridge club's board), "den planerade handledarutbildningen som startar den
27 november" (a senior computer club).

The course's first session is a thing held, kind other (`_COURSE_STARTS`), not a milestone: "startar" made it one.

Look-alikes: a programme made ready, a rule taking effect, and a system going live stay milestones.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-03-14\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Utbildning nya skyttar\nKurs startar 5 april. Christos har dragit igång i luftpistolhallen.\n", "other"),
        ("2. Utbildning:\nNybörjarkursen startar 28/9. Annonsering ska ske via flygblad.\n", "other"),
        ("Eventuell dagtidskurs startar 19/10, om underlag finns.\n", "other"),
        ("Den planerade handledarutbildningen som startar den 27 april har 10 deltagare från SNB.\n", "other"),
        # look-alikes
        ("Det nya medlemsregistret startar 5 april.\n", "milestone"),
        ("Utbildningsprogrammet ska vara klart 5 april.\n", "milestone"),
        ("Den nya stadgan om utbildning börjar gälla 5 april.\n", "milestone"),
    ],
)
def test_course_starting_is_other(body: str, kind: str) -> None:
    got = extract_text(minutes_from_text(HEAD + body))
    assert [e.kind.value for e in got.events] == [kind]
