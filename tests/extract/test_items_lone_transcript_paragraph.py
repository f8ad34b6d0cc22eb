"""A transcript cut off after its first paragraph keeps that paragraph's number.

A stored copy of a PDF ("Transkript", one line a page) often ends after the first paragraph. Its
number run in at the page line's start is the paragraph's, not the page's, when a printed
page-of-pages mark stands before it ("2(19) 156 Föredragningslista Föredragningslista, daterad
...") or when its title is a formality that opens minutes ("41 Protokollsjustering Beslut ...",
"25 Ändring av dagordningen ..."). Look-alikes: a lone number before an ordinary title with no
page mark before it stays out, as it may be the page's own number.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_FRONT = """Protokoll Kultur- och fritidsnämnden 2012-05-23

Transkript

1 1(26) Plats och tid Mötesplats, MunktellArenan, klockan 15:00-16:40 Beslutande Anette Stavehaug (V), \
ordförande Niklas Älgekrans (S) Henry Aldrin (KD) Kerstin Ericsson (C) Utses att justera Marianne Karlberg \
(S) Justeringens plats och tid Kultur- och fritidsförvaltningen tisdagen den 5 juni 2012 Sekreterare \
Maiju Kämäräinen Ordförande Anette Stavehaug

2 2(26) Övriga närvarande Eva Königsson, förvaltningschef Mattias Anglemark, ekonomichef

"""


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


CASES = [
    pytest.param(
        "3 3(26) 41 Protokollsjustering Beslut Marianne Karlberg (S) utses att justera dagens protokoll.\n",
        "41",
        "Protokollsjustering",
        id="formality-title-then-decision-label",
    ),
    pytest.param(
        "3 3(26) 25 Ändring av dagordningen Ärendet om bidrag utgår från dagordningen.\n",
        "25",
        "Ändring av dagordningen",
        id="agenda-change",
    ),
    pytest.param(
        "3 3(26) 156 Föredragningslista Föredragningslista, daterad den 3 oktober, godkändes med tillägg.\n",
        "156",
        "Föredragningslista",
        id="agenda-approved",
    ),
]


@pytest.mark.parametrize(("page", "number", "title"), CASES)
def test_lone_paragraph_on_a_transcript_page(page: str, number: str, title: str) -> None:
    heads = _headings(_FRONT + page)
    assert [n for n, _ in heads] == [number]
    assert heads[0][1].startswith(title)


LOOK_ALIKES = [
    pytest.param(
        "3 3(26) 41 Kassationsordning för museets samlingar Nämnden beslutar att anta ordningen.\n",
        id="ordinary-title",
    ),
    pytest.param(
        "3 3(26) 41 Budgeten för nästa år diskuterades och dagordning för hösten sattes.\n",
        id="formality-word-not-at-start",
    ),
]


@pytest.mark.parametrize("page", LOOK_ALIKES)
def test_lone_number_before_other_titles_stays_out(page: str) -> None:
    assert [n for n, _ in _headings(_FRONT + page)] != ["41"]


_TWO_PAGES = """Protokoll Landstingsstyrelsen 2005-10-10

Transkript

1 1(19) Ledningsenheten Protokoll från sammanträde med landstingsstyrelsen Tid Den 10 oktober 2005 kl 9 \
Plats Centrumbyggnaden Närvarande ledamöter Sven-Åke Gustavsson (s) ordförande Paul Johansson (c) Suzanne \
Frank (m) Anna Fransson (s)

"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        pytest.param(
            "2 2(19) 156 Landstingsdirektörens rapport Landstingsdirektören rapporterade om följande.\n",
            [("156", "Landstingsdirektörens rapport")],
            id="page-of-pages-mark-before-the-number",
        ),
        pytest.param(
            "2 2(19) Landstingsdirektörens rapport 2005 rapporterade om följande.\n",
            [],
            id="no-number-after-the-mark",
        ),
    ],
)
def test_page_of_pages_mark_before_a_lone_number(page: str, expected: list[tuple[str, str]]) -> None:
    assert _headings(_TWO_PAGES + page) == expected
