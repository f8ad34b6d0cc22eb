"""Decisions numbered on lines of their own, "Nr 12", the title on the next line.

Government plenary minutes (an HTML page of wide padded columns) put each decision as "Nr 12" alone on its line,
its title on the next line with text ("Kollektivtrafikutredningen 2014"), then its diary number ("ÅLR 2015/2242")
and the decision. The labels of the page's columns ("Trafikbyrån", names of the officials) are no items.
Look-alikes: a number line followed by a sentence, and "Nr 3/2015" (the minutes' own number), give no item.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

PAGE = """PROTOKOLL

          Nummer              Sammanträdesdatum

            9                      26.3.2015

Protokoll fört vid pleniföredragning

Trafikavdelningen

Trafikbyrån

Ordförande                  Föredragande               Protokollförare

Camilla Gunell

Minister
Veronica Thörnroos

Ärende/Dnr/Exp.                             Beslut


{number}

{title}

ÅLR 2015/2242

Landskapsregeringen beslöt att anteckna utredningen till kännedom.
"""


def test_number_line_heading() -> None:
    rows = item_rows(PAGE.format(number="Nr 12", title="Kollektivtrafikutredningen 2014"), "2015-03-26")[0]
    assert [(n, t) for n, t, *_ in rows] == [("12", "Kollektivtrafikutredningen 2014")]


@pytest.mark.parametrize(
    ("number", "title"),
    [("Nr 12", "Landskapsregeringen beslöt att anteckna utredningen."), ("Nr 3/2015", "Kollektivtrafikutredningen")],
)
def test_no_number_line_heading(number: str, title: str) -> None:
    rows = item_rows(PAGE.format(number=number, title=title), "2015-03-26")[0]
    assert ("12", title) not in [(n, t) for n, t, *_ in rows]
    assert all(n != "3" for n, *_ in rows)
