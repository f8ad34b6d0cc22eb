"""The body's name on a Swedish municipal protocol's cover page as stored copies flatten it.

Each case is a short passage written the way such a cover page (or a stored web copy's title of it)
reads, with look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from planner.extract.header import (
    Found,
    _Folded,
    _organ_in_text,
    _posted_organ,
    body_before_document_word,
    body_before_page_counter,
    document_parts,
)
from planner.extract.text import minutes_from_text


def _found(value: str) -> Found:
    return Found(value, 0, len(value))


# --- a page counter run into the body's name: "Arbetsutskottet (19) Kommunförbundet Skåne, ..." ---------

@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Arbetsutskottet (19) Kommunförbundet Skåne, Baravägen 1, Lund", "Arbetsutskottet"),
        ("Kommunstyrelsen 1 (12) Kommunhuset, Sunne", "Kommunstyrelsen"),
        ("Barn- och utbildningsnämnden 3(24) Stadshuset", "Barn- och utbildningsnämnden"),
        ("Socialnämndens arbetsutskott ( 7 ) Plats och tid", "Socialnämndens arbetsutskott"),
        # look-alikes: the word before the counter is no body's; the counter closes the name; no counter
        ("Bilaga (3) till protokollet", None),
        ("Kommunstyrelsen (12)", None),
        ("Kommunstyrelsen Kommunhuset, Sunne", None),
        ("Styrelsen för Vård (S) Anna Ek", None),
    ],
)
def test_body_before_page_counter(value: str, expected: str | None) -> None:
    got = body_before_page_counter(_found(value))
    assert (got.value if got else None) == expected


# --- the posting block's "Beslutsinstans" label before the body's name -------------------------------

def _posted(text: str) -> str | None:
    parts = document_parts(minutes_from_text(text))
    got = _posted_organ(parts, _Folded(parts), 120)
    return got.value if got else None


def _in_text(text: str) -> str | None:
    parts = document_parts(minutes_from_text(text))
    got = _organ_in_text(parts, _Folded(parts), 120)
    return got.value if got else None


_POSTING = ("ANSLAG/BEVIS Protokollet är justerat. Justeringen har tillkännagivits genom anslag. {organ} "
            "Sammanträdesdatum Datum för anslags uppsättande Förvaringsplats för protokollet Underskrift")


@pytest.mark.parametrize(
    ("organ", "expected"),
    [
        ("Beslutsinstans Tekniska nämnden, Motala kommun", "Tekniska nämnden"),
        ("Beslutsinstans Kommunstyrelsens arbetsutskott", "Kommunstyrelsens arbetsutskott"),
        ("Beslutsinstans: Socialnämnden", "Socialnämnden"),
        ("Organ Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
        # look-alikes: the field left empty; a word that only ends as the label does
        ("Beslutsinstans", None),
        ("Överinstans Datum", None),
    ],
)
def test_posting_block_decision_body_label(organ: str, expected: str | None) -> None:
    assert _posted(_POSTING.format(organ=organ)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beslutsinstans Byggnadsnämnden Sammanträdesdatum", "Byggnadsnämnden"),
        ("Instans Kommunstyrelsen Sammanträdesdatum", "Kommunstyrelsen"),
        # look-alike: a compound merely ending in the label word names no organ field
        ("Överinstans Kommunstyrelsen Sammanträdesdatum", None),
    ],
)
def test_decision_body_label_in_flat_text(text: str, expected: str | None) -> None:
    head = ("Plats och tid Kommunhuset, Motala, kl 08.00-12.25 Beslutande Anna Ek (s) Ordförande Per Bo (m) "
            "Utses att justera Per Bo Justeringens plats och tid Kansliet Paragrafer 1-12 Underskrifter ")
    assert _in_text(head + text + " Datum för anslags uppsättande Förvaringsplats för protokollet") == expected


# --- the body's name before the document word of a flattened cover page -----------------------------

def _before_document_word(text: str) -> str | None:
    parts = document_parts(minutes_from_text(text))
    got = body_before_document_word(parts, len(parts))
    return got.value if got else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (("16\nBarn- och utbildningsnämnden SAMMANTRÄDESPROTOKOLL Sida 1(16) Sammanträdesdatum 2020-06-09 Plats och tid "
          "Ivern, tisdagen den 9 juni 2020 kl 08:30-12.15 Beslutande Ledamöter Anna Ek, M, Ordförande"),
         "Barn- och utbildningsnämnden"),
        ("1 Kommunstyrelsen Protokoll 1 (42) Plats och tid Kommunstyrelsens sammanträdesrum, kl 13.00", "Kommunstyrelsen"),
        ("Miljö- och hälsoskyddsnämnden SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2018-06-12", "Miljö- och hälsoskyddsnämnden"),
        ("Socialnämndens arbetsutskott Protokoll Plats och tid Stadshuset kl 9.00", "Socialnämndens arbetsutskott"),
        # look-alikes: a municipality's letterhead; prose before the word; no page counter or label after it
        ("Krokoms kommun SAMMANTRÄDESPROTOKOLL Sida 1(16) Sammanträdesdatum 2020-06-09", None),
        ("Anna Ek läste upp nämnden protokoll från förra mötet och det godkändes", None),
        ("Kommunstyrelsen protokoll från sammanträdet den 3 mars 2020", None),
    ],
)
def test_body_before_document_word(text: str, expected: str | None) -> None:
    assert _before_document_word(text) == expected
