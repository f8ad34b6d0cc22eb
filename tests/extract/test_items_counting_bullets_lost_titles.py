"""A portal page whose point bullets kept only their numbers: each bullet is an item, its title lost.

"•   1 Ladda ner alla filer under punkten" / "•   2" / "•   3" ...: the copy dropped the titles; the numbers
counting up from 1 are the agenda's points, and the link to a point's files names no matter. Look-alikes: the
same portal with each title on the line below ("•   1" / "Mötets öppnande") keeps its titles; bullets of
figures ("• 12 ledamöter") or years are no points.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "Möte 2018-02-20\n\nRegionala utvecklingsnämnden\n09:30 - 15:00 Sessionssalen\n"
_TEXT = "\n  Enligt reglementet har föredragningslistan sänts ut till ledamöterna i god tid före sammanträdet.\n\n"


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize("body, n", [
    (" •   1 Ladda ner alla filer under punkten\n •   2\n •   3\n" + _TEXT + " •   4\n", 4),
    (" •   1\n •   2\n •   3\n" + _TEXT, 3),
    (" •   1\n" + _TEXT + " •   2\n" + _TEXT + " •   3 Ladda ner alla filer under punkten\n •   4\n •   5\n", 5),
    (" * 1\n * 2\n * 3 Hämta alla handlingar\n * 4\n" + _TEXT, 4),
    (" - 1 Download all files\n - 2\n - 3\n" + _TEXT, 3),
])
def test_bare_number_bullets_are_untitled_items(body: str, n: int) -> None:
    assert _items(_HEAD + body) == [(str(k), "") for k in range(1, n + 1)]


@pytest.mark.parametrize("body", [
    # the title on the line below each bullet: the portal's other layout, titles kept
    " •   1\n\n  Mötets öppnande\n\n •   2\n\n  Val av justerare\n\n •   3\n\n  Föregående protokoll\n" + _TEXT,
    # figures, not points
    " • 12 ledamöter\n • 3 ersättare\n • 2 tjänstepersoner\n" + _TEXT,
    # not counting up from 1
    " • 2019\n • 2020\n • 2021\n" + _TEXT,
    # two bullets only
    " •   1\n •   2\n" + _TEXT,
    # numbers with titles after them: the ordinary numbered reading
    " •   1 Mötets öppnande\n •   2 Val av justerare\n •   3\n" + _TEXT,
])
def test_other_number_bullets_are_not_lost_titles(body: str) -> None:
    items = _items(_HEAD + body)
    assert not (items and all(title == "" for _, title in items))
