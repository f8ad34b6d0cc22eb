"""A header field's label with its date standing alone is no item heading.

A page of a municipal protocol repeats its head ("Organ och §§ Socialnämnden", "Sammanträdesdatum
2019-09-26") between the paragraphs; read as standalone lines, the dated label looked like a
heading. A label of the header (words.HEADER_LABELS) followed by nothing but a date is excluded.
Look-alikes: a title that ends in a date but opens with no header label ("Budgetuppföljning
2019-09-26"), and a header label followed by more than a date.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_DOC = """Protokoll Socialnämnden

Justerande ………

Christer Hansson (V)

ANSLAG/BEVIS

Protokollet är justerat. Justeringen har tillkännagivits genom anslag

Organ och §§ Socialnämnden §§ 82-99

{line}

Anslaget uppsättes 2019-09-27 Anslaget nedtages 2019-10-20

Förvaringsplats för protokollet Nämndkansliet

(2)

Umgängesbegränsning enligt 14 § LVU

Ärendet redovisas inte med hänvisning till sekretess.

(3)

Rapport om faderskapsärende

Nämnden noterar rapporten till protokollet och lägger den till handlingarna.
"""


def _titles(line: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(_DOC.format(line=line)))
    return [h.title for h in heads]


@pytest.mark.parametrize(
    "line",
    [
        "Sammanträdesdatum 2019-09-26",
        "Datum: 2019-09-26",
        "Mötesdatum 26 september 2019",
        "Sammanträdesdag 2019-9-26",
    ],
)
def test_dated_header_label_is_no_heading(line: str) -> None:
    assert _titles(line) == ["Umgängesbegränsning enligt 14 § LVU", "Rapport om faderskapsärende"]


@pytest.mark.parametrize("line", ["Budgetuppföljning 2019-09-26", "Delårsrapport per 2019-08-31"])
def test_other_dated_titles_stay_headings(line: str) -> None:
    assert _titles(line)[0] == line
