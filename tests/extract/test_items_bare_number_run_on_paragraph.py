"""A paragraph that opens with its bare number, its text run on after the title ("7 Ekonomisk
rapport/Hans Fridh Alla har betalat, avgift till RI betald. Likviditeten är ...", "8 Klubbrapport
Tillträdande klubbkommittén har jobbat vidare med jubileumskalas."): an item where the bare numbers
above lack exactly its number.

Look-alikes: such a paragraph whose number does not go on the sequence ("3 Personer deltog ..." after
item 6) and a wrapped line that opens with a number (no blank line above) stay text.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll styrelsemöte 2021-03-17\n\nNärvarande: Ulf Kinnemar, Hans Fridh.\n\n"
        "1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n2 Godkännande av dagordningen\n\nGodkändes.\n\n"
        "3 Föregående protokoll\n\nLades till handlingarna.\n\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_run_on_paragraphs_go_on_the_sequence() -> None:
    text = HEAD + ("4 Ekonomisk rapport/Hans Fridh Alla har betalat, avgift till RI betald. Likviditeten är "
                   "fortsatt mycket god. Beslutas att betala ut 12.000 kr.\n\n"
                   "5 Klubbrapport Tillträdande klubbkommittén har jobbat vidare med jubileumskalas.\n\n"
                   "Festvåning är preliminärbokad.\n")
    assert _numbers(text) == ["1", "2", "3", "4", "5"]


def test_paragraph_off_the_sequence_stays_text() -> None:
    text = HEAD + "9 Medlemmar deltog i städdagen och alla var mycket nöjda med dagen.\n\nInget mer.\n"
    assert _numbers(text) == ["1", "2", "3"]


def test_wrapped_line_stays_text() -> None:
    text = HEAD[:-1] + ("Vi diskuterade frågan och kom fram till att\n"
                        "4 Medlemmar ska ringas upp inför nästa möte och bjudas in igen.\n")
    assert _numbers(text) == ["1", "2", "3"]
