"""The cheap tests in front of the attendance patterns must never turn away a text the pattern reads.

Each helper below stands for a pattern search (or part of one) and is only there for speed: on
every phrase it must give what the pattern itself gives.
"""

from __future__ import annotations

import re

import pytest

from planner.extract import attendance as a

PHRASES = [
    "", " ", "Anna Ek", "Anna Ek X", "Anna Ek x, mötesordförande", "Hanna Roberts X, mötesordförande",
    "Bo Berg Ja", "BO BERG NEJ", "David Langlet anmält förhinder", "Eva Ek ej närvarande", "Eva Ek Närvarande",
    "Eva Ek förhınder", "Eva Ek förhİnder", "Maja Ek", "Jan Ja", "Anna Ek (S)", "Anna Ek (s) ordförande",
    "Magnus Forsberg (L) ersätter Per Olofsson (c)", "Per Ek ERSÄTTER Bo Berg", "Catrin Mård, ersättare för Lena Nazzal",
    "Lisa Ek tjg för Bo Berg", "Kim Ek i stället för Bo Berg", "Magnus Brattgård § 44-58, 66-74", "Anna Ek §§ 1-5",
    "Bo Berg kl. 9.00-10.30", "Bo Berg kl 9", "Bo Berg t.o.m. punkt 5", "Bo Berg, p. 3", "Eva Ek 12", "Eva Ek 12 ",
    "Eva Ek -", "Annili Caap m x", "Nils Matsson, ordf m x", "Anna Ek\tJa\t", "Anna Ek\t\tVäxjö kommun\t",
    "Region Kronoberg:\tAnna Fransson, Robert Olesen", "Anna Ek, Bo Berg, Cia Holm", "Anna Ek och Bo Berg, Växjö",
    ",,Anna,,Ek,", "Jan-Erik Wallin(Skaraborg), 1:e vice ordförande Göran Johansson(Göteborgsregionen) Åke Jönsson (Skaraborg)",
    "Eva Ek, kommunchef Fredrik Falk, sekreterare", "Närvarande:", "närvarande ledamöter: Anna Ek",
    "3. Närvarande", "§ 2 Närvaro", "## Närvarande", "- Frånvarande: Jenny Folkesson", "\u00a0Närvarande:",
    "Anmälda till presidiekonferensen:", "Ej närvarande: Bo", "Ej  närvarande", "Övriga deltagare", "Anna",
    "Anmält förhinder", "Styrelsen väljer Kotte som mötesordförande", "STYRELSEN VALDE Kotte till sekreterare",
    "Mötet utſåg Bo till justerare", "Kl. 09.00-12.00 Ja Nej", "Ja Nej Ja Nej", "NAMN PARTI NÄRVARO",
    "Erik Kl", "Tid 9:00-10:00", "Sekretariatet", "Sekretariatet :", "Tjänstemän", "Ledamöter Närvarande",
    "... den 19-20 sept. 1992Ledamöter Närvarande", "...2007Övriga deltagare", "Protokoll 2007Ej närvarande",
]


def _spans(m: re.Match[str] | None) -> tuple[object, ...] | None:
    return None if m is None else (m.span(), m.groups())


@pytest.mark.parametrize("text", PHRASES)
def test_gated_searches_match_the_patterns(text: str) -> None:
    assert _spans(a._trailing_mark(text)) == _spans(a._TRAILING_MARK.search(text))
    assert _spans(a._substitute(text)) == _spans(a._SUBSTITUTE.search(text))
    assert a._strip_notes(text) == a._BARE_PARAGRAPHS.sub("", a._PARAGRAPHS.sub("", a._TIME_NOTE.sub("", text)))
    assert (a._name_commas(text) > 1) == (len(a._NAME_COMMA.findall(text)) > 1)
    assert a._has_elect_verb(text) or not (a._ELECTED.search(text) or a._ROLE_ELECTED.search(text))


@pytest.mark.parametrize("text", PHRASES)
def test_split_helpers_match_the_patterns(text: str) -> None:
    assert a._comma_pieces(text) == [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[^,]+", text)]
    assert a._tab_cells(text) == [(m.group(0), m.start()) for m in re.finditer(r"[^\t]+", text) if m.group(0).strip()]


# The pattern `label_of` used to try first: a label, after bullets, marks and a number, begins the text.
_LABEL_START = re.compile(
    r"[\s*\-#•–—·]*(?:(?:§\s*\d+|\d{1,2}[.)])\s+)?(?:" + "|".join(re.escape(lab) for lab, _ in a._LABELS) + ")")


@pytest.mark.parametrize("text", PHRASES + [p.upper() for p in PHRASES] + [lab for lab, _ in a._LABELS])
def test_label_of_needs_a_label_at_the_start(text: str) -> None:
    for colon_required in (True, False):
        found = a.label_of(text, colon_required=colon_required)
        if found is not None:
            assert _LABEL_START.match(text.casefold())
            assert a._may_begin_label(text)


def test_label_pairs_cover_every_label() -> None:
    for lab, _ in a._LABELS:
        for head in (lab[:2], lab[:2].upper(), lab[:2].capitalize()):
            assert head not in a._NO_LABEL_PAIRS
        assert a._may_begin_label(lab.capitalize())
    assert not a._may_begin_label("Anna Ek")  # "An" begins "Anmält", "Anna" no label
    assert not a._may_begin_label("Bo Berg")


def test_pairs_beginning_none() -> None:
    pairs = a._pairs_beginning_none(frozenset({"ja", "x", "nej"}))
    assert "Ja" not in pairs and "NE" not in pairs and "ja" not in pairs
    assert "Jo" in pairs and "Xa" in pairs and "Åk" in pairs
    assert all(len(p) == 2 for p in pairs)


@pytest.mark.parametrize("cell", ["Ja", "X", "nej", "Nej.", "närvarande", "Anna Ek", "Bo", "1", "-", "✓", "Deltog", "yes"])
def test_mark_reads_status_cells(cell: str) -> None:
    low = a._norm(cell).strip(" .")
    want = False if low in a._STATUS_NO or a._RX_MARK_1.match(low) else (
        True if low in a._STATUS_YES or a._RX_MARK_2.match(low) else None)
    assert a._mark(cell) is want
