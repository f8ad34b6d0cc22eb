"""Stored copies whose running header took the body's name and "(Dnr": one unnumbered item a page.

Minutes that print each paragraph on a page of its own, headed "Arbetsutskottet (Dnr 2008/112)"
above the title, lose their paragraph numbers in a docplayer-like transcript: the words every page
opens with ("Arbetsutskottet (Dnr") become the running header, and each page line goes on with the
reference's rest and ")" before the title, which runs on into the text. Look-alikes: a single such
page (no run of them), and pages that open with a closing bracket before lower-case text.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_FIRST = ("Arbetsutskottet (19) Plats och tid Närvarande Ledamöter Kommunförbundet Skåne, Lund kl Stefan Lundgren (m), "
          "ordförande Maria Winberg Nordström (fp) Cecilia Lind (s) Utses att justera Cecilia Lind Underskrifter: "
          "Sekreterare... Paragrafer: Stig Ålund Ordförande... Stefan Lundgren Justerande... Cecilia Lind")


def _pages(*pages: str) -> str:
    return "Arbetsutskottet\n\nTranskript\n\n" + "\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 1)) + "\n"


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


CASES = [
    pytest.param(_pages(
        _FIRST,
        "Arbetsutskottet (Dnr ) Plats för arbetsutskottets sammanträde Arbetsutskottet beslutar att sammanträdet "
        "hålles på förbundskansliet i Lund.",
        "Arbetsutskottet (Dnr ) Datum för förbundsmöte Arbetsutskottet beslutar att behandla ärendet på styrelsens "
        "sammanträde",
        "Arbetsutskottet (Dnr , , , ) Kommunledningsfrågor och internationella frågor. Förbundssekreterare Lilian "
        "Persson informerar om aktiviteter för kommunledningarna.",
    ), [(None, "Plats för arbetsutskottets sammanträde"), (None, "Datum för förbundsmöte"),
        (None, "Kommunledningsfrågor och internationella frågor")], id="empty-references"),
    pytest.param(_pages(
        _FIRST,
        "Socialnämndens arbetsutskott (Dnr SN 2019/41) Ansökan om bidrag Utskottet beslutar att bevilja bidraget.",
        "Socialnämndens arbetsutskott (Dnr SN 2019/57) Delegationsbeslut. Redovisningen läggs till handlingarna.",
    ), [(None, "Ansökan om bidrag"), (None, "Delegationsbeslut")], id="filled-references"),
    # look-alikes
    pytest.param(_pages(
        _FIRST,
        "Arbetsutskottet (Dnr ) Plats för arbetsutskottets sammanträde Arbetsutskottet beslutar att sammanträdet "
        "hålles i Lund.",
    ), [], id="one-page-only"),
    pytest.param(_pages(
        _FIRST,
        "Arbetsutskottet (se bilaga) och för övrigt lades rapporten till handlingarna utan vidare åtgärd.",
        "Arbetsutskottet (se bilaga) och därefter avslutades sammanträdet av ordföranden klockan tolv.",
    ), [], id="bracket-then-lower-case"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_pages_after_a_cut_diary_reference_are_items(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _headings(text) == expected
