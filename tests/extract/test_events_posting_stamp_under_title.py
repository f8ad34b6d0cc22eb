"""A site's posting stamp under the title: Finland-Swedish association pages print "Årsmöte 26.2.2015" then
"29.03.2015 kl. 09:57" (when the report was posted) over the report. A full date and its hour alone on a line in a
short title block (`_posting_stamp`) is no event. Before, the stamp became an "other" event a month after the meeting.

Look-alikes: the same line under "Nästa möte", far down in the text, or with words beside it, keeps its event.
"""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

REPORT = ("Marthaföreningen höll årsmöte den 26.2.2015 på Fagerviks gamla folkskola. Ca 30 personer deltog.\n\n"
          "Under mötet valdes en ny styrelse.\n")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Ingåknutarnas marthor\n\nÅrsmöte 26.2.2015\n\n29.03.2015 kl. 09:57\n\n" + REPORT, []),
        ("Årsmöte 26.2.2015\n\n**29.03.2015 kl. 09:57**\n\n" + REPORT, []),
        ("Årsmöte 26.2.2015\n\n2015-03-29 10:35\n\n" + REPORT, []),
        # look-alikes
        ("Årsmöte 26.2.2015\n\nNästa möte\n\n29.03.2015 kl. 18:00\n\n" + REPORT, ["2015-03-29"]),
        ("Årsmöte 26.2.2015\n\n" + REPORT + "\nNästa träff:\n\n29.03.2015 kl. 18:00\n", ["2015-03-29"]),
        ("Årsmöte 26.2.2015\n\n29.03.2015 kl. 18:00 städtalko vid stugan\n\n" + REPORT, ["2015-03-29"]),
    ],
)
def test_posting_stamp_under_title(text: str, dates: list[str]) -> None:
    assert event_dates(text, "2015-02-26")[0] == dates
