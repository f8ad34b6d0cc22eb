"""A meeting whose noun says what it is for ("Överlämningsmöte", "uppstartsmötet", "budgetmöte") is the
body's own meeting, the next one when it comes first in its list of meeting days; another kind of meeting
("Årsmöte", "Medlemsmöte") is not."""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Minnesanteckningar politiskt samråd 2018-11-30\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("said", "next_meeting"),
    [
        ("Mötestider\n\n2019\n29 mars Överlämningsmöte\n14 juni kl. 13.00-16.00\n4 oktober kl. 13.00-16.00\n",
         "2019-03-29"),
        ("Mötestider\n\n2019\n29 mars Budgetmöte\n14 juni kl. 13.00-16.00\n", "2019-03-29"),
        ("Mötestider\n\n2019\n29 mars Uppstartsmöte\n14 juni kl. 13.00-16.00\n", "2019-03-29"),
        # look-alikes: another kind of meeting first
        ("Mötestider\n\n2019\n29 mars Årsmöte\n14 juni kl. 13.00-16.00\n", "2019-06-14"),
        ("Mötestider\n\n2019\n29 mars Medlemsmöte\n14 juni kl. 13.00-16.00\n", "2019-06-14"),
    ],
)
def test_meeting_for_a_purpose_is_own(said: str, next_meeting: str) -> None:
    assert event_dates(HEAD + said)[1] == next_meeting
