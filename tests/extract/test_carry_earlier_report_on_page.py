"""On a page of several reports, newest first, the earlier meeting's report carries nothing (planner.extract.items).

"Rapporter från Kvartersteaterns styrelsemöten." holds "Styrelsemöte 2012 05 27" and then "Styrelsemöte 2012 04 01"
(1001); a WordPress archive holds "Styrelsemöte nr 6, 2020-10-14" and then "Styrelsemöte nr 5 2020-09-16" (417). What
the earlier report puts off or brings back to "nästa styrelsemöte" was that meeting's business: a report heading (a
meeting or minutes noun first, a few words, a day with its year) dated before the meeting, after the heading dated
on the meeting, ends what carries. Look-alikes: a line inside the text telling of an earlier meeting ("Styrelsen
godkände protokollet från föregående möte 2012-04-01."), a heading of a later date, and a page of one report.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_PAGE = """Rapporter från föreningens styrelsemöten.

Styrelsemöte 2012 05 27

Närvarande: Anna Berg, Per Holm, Eva Lind

Styrelsen beslutar att hyra lokalen även i höst. Frågan om nya stolar bordläggs till nästa styrelsemöte.

{second}

Kassören informerar om att bokslutet är gjort och kommer att föredras på nästa styrelsemöte.
"""


def _carry(second: str) -> list[tuple[str | None, str, str | None]]:
    out = extract_text(minutes_from_text(_PAGE.format(second=second)))
    assert out.meeting.date == "2012-05-27"
    return [(c.from_item, c.reason.value, c.when) for c in out.carry]


@pytest.mark.parametrize("second", [
    "Styrelsemöte 2012 04 01",
    "Styrelsemöte 2012-04-01",
    "Styrelsemöte nr 5 2012-04-01",
    "Protokoll 2012-04-01",
    "Styrelsemöte den 1 april 2012",
    "Mötesanteckningar 2012-03-11",
])
def test_earlier_report_on_the_page_carries_nothing(second: str) -> None:
    assert _carry(second) == [(None, "postponed", "next")]


@pytest.mark.parametrize("second", [
    "Styrelsen godkände protokollet från föregående möte 2012-04-01.",  # told in the text, no heading
    "Styrelsemöte 2012 06 17",  # a later date: no earlier report
    "Styrelsen diskuterade sommarfesten och utsåg en festkommitté.",  # no report heading at all
])
def test_one_report_carries_all(second: str) -> None:
    assert _carry(second) == [(None, "postponed", "next"), (None, "returns", "next")]
