"""A head line that names the body right after its document word ("Minnesanteckningar Brottsförebyggande rådet,
BRÅ, den 24 september 2015") under a stored page's title naming only the municipality ("Protokoll - Upplands-Bro"):
the body is the named one. Look-alikes: a name that ends as no body does ("Protokoll Trafikfrågor, 2015-09-24"),
a sentence after the document word."""

from __future__ import annotations

import pytest

from planner.extract.header import document_parts, extract_meeting, header_end, minutes_naming_body
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


_PAGE = "Protokoll - Upplands-Bro\n\nMINNESANTECKNINGAR\nKommunledningskontoret\nDatum\nEmma Åhlstedt\n2015-09-24\n"


@pytest.mark.parametrize(
    ("line", "body"),
    [
        ("Minnesanteckningar Brottsförebyggande rådet,\nBRÅ, den 24 september 2015", "Brottsförebyggande rådet"),
        ("Minnesanteckningar Tekniska nämnden 2015-09-24", "Tekniska nämnden"),
        ("Protokoll Kommunstyrelsens arbetsutskott den 24 september 2015", "Kommunstyrelsens arbetsutskott"),
    ],
)
def test_body_named_after_document_word(line: str, body: str) -> None:
    text = _PAGE + line + "\nLokal: Dävensö, Kulturhuset\nTid: 9.00-10.30\nNärvarande: Anna Ek, Polisen\n"
    assert _body(text) == body


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: a name ending as no body does; a sentence after the document word
        "Minnesanteckningar Trafikfrågor, den 24 september 2015",
        "Protokollet justerades av ordföranden och rådet",
    ],
)
def test_no_body_named(line: str) -> None:
    text = _PAGE + line + "\nLokal: Dävensö, Kulturhuset\n"
    parts = document_parts(minutes_from_text(text))
    assert minutes_naming_body(parts, header_end(parts)) is None


def test_generic_body_leaves_the_organisation() -> None:
    # look-alike: "Protokoll Styrelsen" under an organisation's name names only its board
    text = ("Föreningen Norden Ekeby\n\nProtokoll Styrelsen 2019-03-04\n\nNärvarande: Anna Ek, Per Lind\n\n"
            "1. Mötets öppnande\n")
    parts = document_parts(minutes_from_text(text))
    assert minutes_naming_body(parts, header_end(parts)) is None
