"""Attendance layouts of the fourteenth fresh batch of real minutes (tests/data/extra 477-486), read by general
rules.

Each case is a short passage written the way real minutes put it, not a copied document: a flattened table whose
names (one with ", ordförande") come first and its column of organisations after them, going on at the top of
the next page ("Sida 2/8 ..."); members with local parties in capitals ("(FI)"); "Name, Organisation" entries
run together; a column of role words read after a label ("Ersättare Adjunqerad Ledamot"); a first-name list
closed by a full stop before a heading; the list of the present put in an attachment. Each family has
look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import (
    _RX_LIST_ATTACHED,
    _is_party_run,
    _names_with_comma_orgs,
    _roled_run_before_columns,
)
from tests.extract.attendance_lists import attendance_names

_HEAD = "Minnesanteckningar 2017-03-21\n\n"
_TAIL = "\n\n1. Mötets öppnande\n\nOrdföranden hälsade alla välkomna."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# A flattened table: its names (a role after a comma), then its column of organisations or titles.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna Ek, ordförande Bo Berg Cia Holm Dan Lund Länsstyrelsen i Kalmar län IKEA LRF Region Kalmar",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        ("Eva Nord Gun Ås, sekreterare Hans Öst Karin Sjö Växjö kommun Region Kronoberg Vattenfall AB",
         ["Eva Nord", "Gun Ås", "Hans Öst", "Karin Sjö"]),
        ("Lars Ljung Maria Vik Olle Strand Per Åkesson Uppföljning och resultat, Länsstyrelsen Avdelningschef",
         ["Lars Ljung", "Maria Vik", "Olle Strand", "Per Åkesson"]),
        # look-alikes: names and then a sentence; too few names; names only, nothing after
        ("Anna Ek Bo Berg Cia Holm hälsades välkomna till mötet av ordföranden", []),
        ("Anna Ek, ordförande Länsstyrelsen i Kalmar län", []),
        ("Anna Ek Bo Berg Cia Holm Dan Lund", []),
    ],
)
def test_roled_run_before_columns(text: str, names: list[str]) -> None:
    assert [p.name for p in _roled_run_before_columns(text, 0)] == names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Sida 1/5 Minnesanteckningar från rådets möte NÄRVARANDE Anna Ek, ordförande Bo Berg Cia Holm "
          "Dan Lund Eva Nord Länsstyrelsen i Kalmar län IKEA Kalmar kommun Region Kalmar HSB Kalmar ÖVRIGA "
          "DELTAGARE Gun Ås Hans Öst Karin Sjö Ordförande i fokusgruppen för energi Sekreterare Länsstyrelsen"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås", "Hans Öst", "Karin Sjö"]),
        # the table goes on at the top of the next page, after its columns of organisations
        (("Sida 1/4 Anteckningar Länsstyrelsen klockan 09.00 med lunch. NÄRVARANDE Anna Ek, ordförande Bo Berg "
          "Cia Holm Dan Lund ÖVRIGA DELTAGARE Eva Nord Gun Ås Länsstyrelsen Kalmar kommun Region Kalmar "
          "Projektledare, Länsstyrelsen\nSida 2/4 Hans Öst Karin Sjö Lars Ljung Maria Vik Avdelningschef, "
          "Länsstyrelsen Handläggare, Länsstyrelsen"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås", "Hans Öst", "Karin Sjö",
          "Lars Ljung", "Maria Vik"]),
    ],
)
def test_flattened_table_lists(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# Names with parties run together, some of them local parties in capitals.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Anna Ek (MP) Bo Berg (FI) Cia Holm (L) Dan Lund (M) Eva Nord (S)", True),
        ("Anna Ek (KD) Bo Berg (SPI) Cia Holm (C) Dan Lund (V)", True),
        # look-alikes: local parties only; a sentence
        ("Anna Ek (FI) Bo Berg (SPI) Cia Holm (FNL)", False),
        ("Anna Ek (S) har lämnat (M) och (V) ett förslag", False),
    ],
)
def test_party_run_with_local_parties(line: str, expected: bool) -> None:
    assert _is_party_run(line) is expected


def test_party_run_with_local_party_goes_on_the_list() -> None:
    text = ("Ledamöter Anna Ek (KD), Ordförande Bo Berg (FNL)\n\n"
            "Cia Holm (MP) Dan Lund (FI) Eva Nord (L) Gun Ås (M) Hans Öst (S) Karin Sjö (L) Lars Ljung (M)\n\n"
            "Maria Vik, Rädda Barnen Lund Olle Strand, IM Lund")
    assert _lists(text)[0] == ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås", "Hans Öst",
                               "Karin Sjö", "Lars Ljung", "Maria Vik", "Olle Strand"]


# "Name, Organisation" entries run together on one line.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Antonio Ruiz, Sama-sama Lund Angela Berg, Lunds Ungdoms- & Hemgård Erwin Holm, Linero IF",
         ["Antonio Ruiz", "Angela Berg", "Erwin Holm"]),
        ("Maria Vik, Röda Korset Malmö Olle Strand, PRO Malmö Karin Sjö, Malmö FF",
         ["Maria Vik", "Olle Strand", "Karin Sjö"]),
        # look-alikes: plain names between commas; roles after the commas
        ("Anna Ek, Bo Berg, Cia Holm", []),
        ("Anna Ek, ordförande Bo Berg, sekreterare Cia Holm, kassör", []),
    ],
)
def test_names_with_comma_orgs(line: str, names: list[str]) -> None:
    assert [p.name for p in _names_with_comma_orgs(line, 0, set())] == names


# A column of role words (a scanned "q" for "g") after a label inside a flattened line is no person.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("PROTOKOLL Tid: 18:00 NÄRVARANDE Anna Ek Bo Berg Cia Holm Dan Lund Ordförande Ledamot Ersättare "
          "Adjunqerad Ledamot Ersättare Vice ordförande"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        # look-alike: a name that holds a "q" stays a name
        ("Närvarande:\nAnna Ek\nBo Berg\nJacques Holm", ["Anna Ek", "Bo Berg", "Jacques Holm"]),
    ],
)
def test_role_column_is_no_person(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A first-name list closed by a full stop ends before a one-word heading after a blank line.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande:\n\nChrister, Ulf, Tomas, Erik, Thijs.\n\nJulisöndagarna\n\nVi planerar sommaren.",
         ["Christer", "Ulf", "Tomas", "Erik", "Thijs"]),
        ("Närvarande:\n\nAnna, Bo, Cia.\n\nValborgsfirandet\n\nFirandet hålls vid sjön.", ["Anna", "Bo", "Cia"]),
        # look-alike: no full stop closes it, a given name on the next line goes on with the list
        ("Närvarande:\n\nAnna, Bo, Cia\n\nDan\n\nEkonomi", ["Anna", "Bo", "Cia", "Dan"]),
    ],
)
def test_first_name_list_closed_by_full_stop(text: str, present: list[str]) -> None:
    assert _lists(text)[0][: len(present)] == present
    assert "Julisöndagarna" not in _lists(text)[0] and "Valborgsfirandet" not in _lists(text)[0]


# The list of the present put in an attachment: the officers elected are not the list.
@pytest.mark.parametrize(
    ("text", "attached"),
    [
        (("b) Upprättande av förteckning över närvarande och röstberättigade medlemmar Totalt närvarade 14 "
          "deltagare. Se bilaga 1."), True),
        ("Närvarolista, se bilaga 2.", True),
        ("Deltagarförteckningen enligt bilaga 1.", True),
        ("Närvarande enligt bifogad närvarolista.", True),
        # look-alikes: an attachment of another kind; a list sent out later
        ("Budgeten, se bilaga 3.", False),
        ("Närvarolistan skickas ut med protokollet.", False),
        ("Förteckning över medlemmar finns hos sekreteraren. Se bilaga 1.", False),
    ],
)
def test_list_attached(text: str, attached: bool) -> None:
    assert bool(_RX_LIST_ATTACHED.search(text)) is attached


def test_officers_are_no_list_when_the_list_is_attached() -> None:
    text = ("Tid: kl 09:30\n\na) Årsmötet öppnades. b) Förteckning över närvarande medlemmar. Totalt närvarade 14 "
            "deltagare. Se bilaga 1. c) Till ordförande valdes Anna Ek och till sekreterare valdes Bo Berg.")
    assert _lists(text)[0] == []
    plain = ("Tid: kl 09:30\n\na) Årsmötet öppnades. c) Till ordförande valdes Anna Ek och till sekreterare "
             "valdes Bo Berg.")
    assert _lists(plain)[0] != []
