"""A page of presentations ('Föredragningar ... Föredras av') before the minutes' one numbered paragraph.

A stored copy of a committee's minutes lists the matters presented to it, run on with dashes ("-
Internbudget 2017 Föredras av Anna Berg - Finansiell policy Föredras av Jonas Ek"), and then holds
its own paragraph on a later page ("4 31 Val av justerare beslutar att utse ..."). The paragraph is
the item; the presentations are not. Look-alikes: with no numbered paragraph after it, or with the
paragraph before the list, the presentations stay the items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = """REGIONSTYRELSEN Arbetsutskottet SAMMANTRÄDESPROTOKOLL

Transkript

1 REGIONSTYRELSEN Arbetsutskottet Tid och plats Onsdagen den 30 november 2016 kl Region Blekinge, \
Karlskrona Beslutande Ordförande Anna Berg (S) Sekreterare Per Ek

2 Utses att justera Sara Holm (V) Justeringens plats och tid Regionhuset, Karlskrona, den 5 december 2016. \
Underskrifter Sekreterare Per Ek Ordförande Anna Berg Justerande Sara Holm

"""

_PRESENTED = (
    "3 Föredragningar Beredning inför regionstyrelsen - Internbudget 2017 regionstyrelsens övriga "
    "verksamheter Föredras av Anna Berg och Jonas Ek - Finansiell policy för regionen Föredras av Jonas Ek "
    "Projekt; Interconnect Föredras av Maria Lund\n\n"
)

_PARAGRAPH = (
    "4 31 Val av justerare beslutar att utse Sara Holm (V) att jämte ordföranden justera dagens protokoll\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PRESENTED + _PARAGRAPH, [("31", "Val av justerare")]),
        (
            _PRESENTED,
            [
                (None, "Internbudget 2017 regionstyrelsens övriga verksamheter"),
                (None, "Finansiell policy för regionen"),
            ],
        ),
        (
            _PARAGRAPH + _PRESENTED,
            [
                (None, "Internbudget 2017 regionstyrelsens övriga verksamheter"),
                (None, "Finansiell policy för regionen"),
            ],
        ),
    ],
    ids=["paragraph-after-presentations", "presentations-only", "paragraph-before-presentations"],
)
def test_lone_paragraph_after_presentations(text: str, expected: list[tuple[str | None, str]]) -> None:
    heads, _ = find_headings(minutes_from_text(_HEAD + text))
    assert [(h.number, h.title[: len(t)]) for h, (_, t) in zip(heads, expected, strict=True)] == expected
