"""A news post's stamp ("01.03.2022 kl. 18:15") above a sentence saying when the meeting was held ("Degerby
Marthaförening höll årsmöte 24.2.2022 på Furuborg."): the meeting's day is the one the sentence gives, and the
stamp's clock is no start. `_states_meeting_day` reads a day right after a held meeting ("höll (sitt) <kind>möte",
`_HELD_MEETING_BEFORE_DATE`) as a meeting's. Before, the post's date and clock were taken.

Look-alikes: a meeting only planned ("ska hålla årsmöte 24.2.2022"), a held meeting's day after the stamp
(a later day is no day the minutes were written after).
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("head", "day", "start"),
    [
        # real phrases
        (("Degerby Marthaförening\n\nÅterval hos marthorna, aktiv vår väntar\n\n01.03.2022 kl. 18:15\n"
          "Degerby Marthaförening höll årsmöte 24.2.2022 på Furuborg. Mötet återvalde Inger Sjölund till ordförande.\n"),
         "2022-02-24", None),
        (("Nyheter\n\n2019-03-20 09:12\nHembygdsföreningen höll sitt ordinarie årsmöte den 10 mars 2019 i "
          "bygdegården.\n"), "2019-03-10", None),
        # look-alikes: a planned meeting; a held meeting's day after the stamp
        (("Degerby Marthaförening\n\n01.03.2022 kl. 18:15\nFöreningen ska hålla årsmöte 24.2.2022 på Furuborg.\n"),
         "2022-03-01", "18:15"),
        (("Degerby Marthaförening\n\n01.03.2022 kl. 18:15\nFöreningen höll årsmöte 24.3.2022 på Furuborg.\n"),
         "2022-03-01", "18:15"),
    ],
)
def test_held_meeting_day_under_post_stamp(head: str, day: str, start: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head))
    assert (meeting.date, meeting.start) == (day, start)
