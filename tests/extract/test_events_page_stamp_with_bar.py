"""A stored page's posting stamp under its title: "Styrelseprotokoll 12.10.2021" then "21.10.2021 |
Styrelseprotokoll" (a Finland-Swedish association's site; the minutes were posted nine days after the meeting).

A date on one of the first lines joined by a bar to a short label, with no hour and no next meeting, is the day the
page was posted (`_page_stamp`), not an event. Before, it was an "other" event.

Look-alikes: the same line further down, a next meeting with a bar, a label with an hour, and a bar between two
things said on each side of the date keep their event.
"""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Styrelseprotokoll 12.10.2021\n\n"
BODY = "Styrelsen konstituerade sig. Göran fortsätter som ordförande.\n"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (HEAD + "21.10.2021 | Styrelseprotokoll\n\n" + BODY, []),
        (HEAD + "Nyheter | 2021-10-21\n\n" + BODY, []),
        (HEAD + "**21.10.2021** | Protokoll, Styrelsen\n\n" + BODY, []),
        # look-alikes
        (HEAD + "Nästa möte | 21.10.2021\n\n" + BODY, ["2021-10-21"]),
        (HEAD + "21.10.2021 | Städtalko kl 18\n\n" + BODY, ["2021-10-21"]),
        (HEAD + BODY + "\n\nBeslöts:\n\nTalko\n\nFör alla\n\n21.10.2021 | Städtalko vid hamnen\n", ["2021-10-21"]),
        (HEAD + "Städtalko | 21.10.2021 | vid hamnen\n\n" + BODY, ["2021-10-21"]),
    ],
)
def test_page_stamp_with_bar(text: str, dates: list[str]) -> None:
    assert event_dates(text, "2021-10-12")[0] == dates
