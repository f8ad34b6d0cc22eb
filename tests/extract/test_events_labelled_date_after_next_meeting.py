"""The next meeting named in one sentence and its date given in the next, opened by a date label: "Nästa möte blir
på Saltskog gård med Torbjörn Westerberg som värd. Datum måndag 8 april kl 18:30 som vanligt."

The labelled date (`_DATE_LABEL_OPEN`: "Datum", "Tid", "Dag och tid") is the next meeting's when the sentence just
before it on the same line names the next meeting and holds no date of its own. Before, the date was an "other"
event and the next meeting was taken from a later, vaguer mention.

Look-alikes: a labelled date after a sentence about something else, a date not right after the label, and a
sentence before it that carries its own date, are not moved to the next meeting.
"""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Minnesanteckningar Kulturnätverket 2019-02-28\n\n"


@pytest.mark.parametrize(
    ("body", "next_meeting"),
    [
        (("Nästa möte blir på Saltskog gård med Torbjörn Westerberg som värd. Datum måndag 8 april kl 18:30 som "
         "vanligt. Hoppas många kan komma då!\n"), "2019-04-08"),
        ("Nästa styrelsemöte hålls i föreningslokalen. Tid: 14 mars kl 18.\n", "2019-03-14"),
        # look-alikes
        ("Vårfesten hålls i föreningslokalen. Datum 14 mars kl 18.\n", None),
        ("Nästa möte blir på Saltskog gård. Datum och plats för vårfesten är 14 mars.\n", None),
    ],
)
def test_labelled_date_after_next_meeting(body: str, next_meeting: str | None) -> None:
    assert event_dates(HEAD + body, "2019-02-28")[1] == next_meeting
