"""Attendance layouts of the tenth fresh batch of real minutes (tests/data/extra 429-440), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a roll call
flattened into running text under its column heads ("Förnamn Efternamn Partibeteckning Anna Ek s ..."), with
a sentence naming who of the members was away and who was called in their place. Each family has
look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2019-01-30\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# A roll call under its column heads, run on: the members less those the sentence names away, plus the
# substitutes called in their place; the run may go on after a page number.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("5 Upprop Upprop genomfördes av fullmäktiges ledamöter: Förnamn Efternamn Partibeteckning Anna Ek s "
          "Bo Berg m Cia Holm c Dan Lund kd Eva Nord fp Vid uppropet var samtliga ordinarie ledamöter närvarande "
          "förutom Bo Berg och Eva Nord. I deras ställe hade kallats in Gun Ås och Hans Öst."),
         ["Anna Ek", "Cia Holm", "Dan Lund", "Gun Ås", "Hans Öst"], ["Bo Berg", "Eva Nord"]),
        (("Upprop Namn Parti Karin Sjö (S) Lars Ljung (M) Maria Vik Dahl (V) Nils Strand (SD)\n\n"
          "2(14) Olle Berg (C) Per Ström (KD) Samtliga ledamöter var närvarande utom Lars Ljung. "
          "I hans ställe tjänstgjorde Rut Lind."),
         ["Karin Sjö", "Maria Vik Dahl", "Nils Strand", "Olle Berg", "Per Ström", "Rut Lind"], ["Lars Ljung"]),
        (("Upprop Förnamn Efternamn Parti Ulla Al mp Sven Bo v Tor Ek l Åsa Fors sd Alla ledamöter närvarande."),
         ["Ulla Al", "Sven Bo", "Tor Ek", "Åsa Fors"], []),
        # look-alike: a name column head without a party column is no roll call
        ("Förnamn Efternamn Anna Ek s Bo Berg m Cia Holm c Dan Lund kd", [], []),
        # look-alike: too short a run (two entries) to be a roll call
        ("Namn Parti Anna Ek s Bo Berg m. Mötet öppnades.", [], []),
    ],
)
def test_flattened_roll_call(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


_GLUED_HEAD = "Beslutande\nNärvaro§§§§\nOrdinarie ledamöterTjgEj tjgJANEJJANEJ\n"


# A presence table whose cells ran together: marks glued to the party, unmarked rows absent, paragraph
# notes on lines of their own, a long name broken over two lines.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (_GLUED_HEAD + "Anna Ek (C)X\nBo Berg (M)X\n§§ 12-13\nCia Holm (KD) X\nDan Lund (S)\nEva Nord (SD)X\n\n"
         "Ersättare\nNärvaro§§§§\nTjgEj tjgJANEJJANEJ\nGun Ås (C)X\nHans\nÖstberg (C)\nIda Vik (V)X\n\n"
         "Övriga närvarande\nLisa Sund, sekreterare",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Eva Nord", "Gun Ås", "Ida Vik", "Lisa Sund"],
         ["Dan Lund", "Hans Östberg"]),
        ("Närvarande\nLedamöterTjgEj tjg\nKarin Sjö (S)X\nLars Ljung (M)\n§§\n14-22\nX\nMaria Vik Dahl (L)X",
         ["Karin Sjö", "Lars Ljung", "Maria Vik Dahl"], []),
        # look-alike: a plain list by party, no glued heading row and no marks: all present
        ("Närvarande\nAnna Ek (C)\nBo Berg (M)\nCia Holm (KD)",
         ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_glued_mark_table(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# look-alike: a line of words that only look like glued heads, in prose, is no heading row
@pytest.mark.parametrize("text", ["Ja nej ja", "Närvaro", "Tjänstgörande ersättare", "Beslutande ledamöter ja"])
def test_no_glued_head_row(text: str) -> None:
    from planner.extract.attendance import _is_glued_head_row
    assert not _is_glued_head_row(text)


# Officials run on after their label, each name followed by its title without commas; a capitalised role
# before the last name may close the run; the label of the next list ends it.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Tid och plats Onsdagen den 30 maj 2018 Närvarande Ordförande Anna Ek (S) Ledamöter Bo Berg (M) "
          "Cia Holm (V) Tjänstemän Dan Lund regiondirektör Eva Nord kanslichef Gun Ås utredare trafik & "
          "infrastruktur Hans Öst strategisk planerare Sekreterare Ida Vik administration Övriga Paragrafer"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås", "Hans Öst", "Ida Vik"]),
        ("Övriga deltagare\nKarin Sjö ekonomichef Lars Ljung kommunikatör Maria Vik Dahl enhetschef",
         ["Karin Sjö", "Lars Ljung", "Maria Vik Dahl"]),
        # look-alike: more names after the titled ones (no titles of their own): the run is not the list
        (("Torsdagen den 27 augusti 2009, kl ande: Leif Ek ordförande Akko Holm vice ordförande Eddie Lund vice "
          "ordförande Mona Berg Ulf Nord Björn Ås tjänstgörande ersättare Övriga deltagare: Håkan Vik"),
         ["Leif Ek", "Akko Holm", "Eddie Lund", "Mona Berg", "Ulf Nord", "Björn Ås", "Håkan Vik"]),
    ],
)
def test_names_with_own_titles(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# look-alikes: prose after names, or too few pairs, is no run of names with their titles
@pytest.mark.parametrize(
    "text",
    [
        "Karin Sjö hälsade alla välkomna och Lars Ljung berättade om budgeten",
        "Karin Sjö ekonomichef Lars Ljung kommunikatör",
        "Karin Sjö ekonomichef Lars Ljung kommunikatör Maria Vik presenterade rapporten",
        "Region Blekinge regiondirektör Per Ek kanslichef Bo Ström enhetschef",
    ],
)
def test_no_names_with_own_titles(text: str) -> None:
    from planner.extract.attendance import _names_with_own_roles
    assert _names_with_own_roles(text, 0) == []


# A label word read onto the end of the last name of a list is no part of it; a surname is kept.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (("Frånvarande Anna Ek (S) Bo Berg (S) Tjänstgörande Cia Holm (Mp) för Anna Ek (S) ersättare "
          "Dan Lund (S) för Bo Berg (S)"), ["Anna Ek", "Bo Berg"]),
        ("Frånvarande:\nEva Nord (M)\nGun Ås Ersättare", ["Eva Nord", "Gun Ås"]),
        # look-alike: a surname that only begins like a label word is kept
        ("Frånvarande:\nEva Nord (M)\nGun Närvall", ["Eva Nord", "Gun Närvall"]),
    ],
)
def test_no_label_word_ends_a_name(text: str, absent: list[str]) -> None:
    assert _lists(text)[1] == absent


def test_no_closing_label_ends_a_name() -> None:
    text = ("Plats och tid Kommunhuset, Växjö ande Ledamöter Anna Ek (M) ordförande Bo Berg (C) Övriga närvarande "
            "Tjänstemän Cia Holm, Dan Lund, Eva Nord, Gun Ås Justering Justerare Underskrifter Sekreterare")
    assert _lists(text)[0][-4:] == ["Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås"]


# Labels in a row, values after: the present label ends a line before closing labels; the next line opens
# with another closing label and then the officials, "Name, title[, unit][, paragraphs],".
@pytest.mark.parametrize(
    ("text", "officials"),
    [
        (("Närvarande\nBeslutande\nErsättare Anna Ek (C), ordförande Bo Berg (M) Cia Holm (S) Dan Lund (V) "
          "Övriga Utsedd att justera\nJusteringens plats och tid Eva Nord, regiondirektör, RSF, Gun Ås, "
          "stadssekreterare, RSF, Hans Öst, upphandlingschef, RSF, 104, Ida Vik, bitr stadsarkitekt, SBF, 121 "
          "Bo Berg Rådhuset 6 maj 2021"),
         ["Eva Nord", "Gun Ås", "Hans Öst", "Ida Vik"]),
        (("Beslutande Anna Ek (S) ordförande Bo Berg (M) Cia Holm (C) Dan Lund (L) Tjänstemän Justerare\n"
          "Paragrafer Karin Sjö, kanslichef, 12-15, Lars Ljung, ekonomichef, Maria Vik Dahl, nämndsekreterare"),
         ["Karin Sjö", "Lars Ljung", "Maria Vik Dahl"]),
        # look-alike: the next line is the justering's value, not a list of officials
        (("Beslutande Anna Ek (S) ordförande Bo Berg (M) Cia Holm (C) Dan Lund (L) Övriga Utsedd att justera\n"
          "Justeringens plats och tid Stadshuset, 2021-05-06 kl 10.00"), []),
    ],
)
def test_officials_after_a_row_of_labels(text: str, officials: list[str]) -> None:
    present = _lists(text)[0]
    members = ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]
    assert [p for p in present if p not in members] == officials


# look-alikes: comma runs that are no officials with titles
@pytest.mark.parametrize(
    "text",
    [
        "Stadshuset, måndag, Bo Berg, ordförande",
        "Anna Ek, som justerar, Bo Berg, som läser",
        "Anna Ek, ordförande, Bo Berg, ordförande",  # two entries: too few
    ],
)
def test_no_official_run(text: str) -> None:
    from planner.extract.attendance import _official_run
    assert _official_run(text, 0) == []


# A stored page transcript: a list that ends its page's line goes on at the start of the next page's line,
# names with their paragraph numbers, up to a closing label; prose or a heading there is no continuation.
@pytest.mark.parametrize(
    ("page2", "more"),
    [
        ("2 23 Karin Sjö Lars Ljung Maria Dahl 32 Nils Strand 44 Olle Berg 45 Utses att justera Anna Ek",
         ["Karin Sjö", "Lars Ljung", "Maria Dahl", "Nils Strand", "Olle Berg"]),
        ("2 2 (6) Karin Sjö 5 Lars Ljung 6-8 Justerare Anna Ek", ["Karin Sjö", "Lars Ljung"]),
        # look-alikes: a heading, prose, or one name only
        ("2 Protokoll Styrelsen 2010-03-04", []),
        ("2 23 Karin Sjö hälsade alla välkomna. Utses att justera Anna Ek", []),
        ("2 23 Karin Sjö 44 Utses att justera Anna Ek", []),
    ],
)
def test_list_goes_on_next_page(page2: str, more: list[str]) -> None:
    page1 = ("1 22 Organ Regionförbundets styrelse Torsdagen den 4 mars 2010 Beslutande Anna Ek ordförande "
             "Bo Berg Cia Holm Dan Lund Övriga deltagare Eva Nord Gun Ås Ida Vik sekreterare")
    present = _lists(page1 + "\n\n" + page2, head="Protokoll 2010-03-04\n\nTranskript\n\n")[0]
    assert present[present.index("Ida Vik") + 1:] == more


# A row of labels before its values: the place (ending in a street address and its town) comes before the
# names, and an item heading ("15 Justering") ends them; what follows is the minutes' text.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Plats\nNärvarande ledamöter\nÖvriga närvarande Sekreterare Kronobergsrummet, Landstinget Kronoberg "
          "Ingelstadsvägen 9, Växjö Anna Ek, ordförande (c) Bo Berg, 1:a vice ordförande (kd) Cia Holm (s) "
          "Dan Lund (m), tjänstgörande ersättare Eva Nord 15 Justering Ordförande Anna Ek och Cia Holm justerar "
          "protokollet.\n\n2 (6) i nätverket och Gun Ås, verksamhetschef, Karolinska Sjukhuset, om hälsa."),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord"]),
        (("Plats Närvarande Sekreterare Stora salen, Repslagaregatan 19, Nyköping Karin Sjö (S) ordf Lars Ljung "
          "(M) Maria Dahl (C) Nils Strand (KD) 3 Protokoll"),
         ["Karin Sjö", "Lars Ljung", "Maria Dahl", "Nils Strand"]),
        # look-alike: a number inside the names that no closing label follows is no item heading
        ("Närvarande: Anna Ek (S) Bo Berg (M) 12 Cia Holm (C) Dan Lund (V) Eva Nord (L) Gun Ås (MP)",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås"]),
    ],
)
def test_row_of_labels_with_place_first(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Sal A, Storgatan 3, Umeå Anna Ek (S) Bo Berg (M) Cia Holm (C) Dan Lund (L)", "Anna Ek"),
        ("Anna Ek (S) Bo Berg (M) Cia Holm (C) Dan Lund (L) 15 Justering Ordförande Anna Ek", "Anna Ek"),
        # look-alikes: no street address ("Storgatans skola" is no address), no heading
        ("Anna Ek (S) Storgatans skola, Bo Berg (M) Cia Holm (C) Dan Lund (L) 5 Eva Nord (V)", "Anna Ek"),
    ],
)
def test_list_values(text: str, values: str) -> None:
    from planner.extract.attendance import _list_values
    lo, hi = _list_values(text)
    assert text[lo:].startswith(values)
    if "Justering" in text:
        assert text[lo:hi].endswith("(L)")
    else:
        assert hi == len(text)


# All labels first, the values after them, run on: the lists' "Name (TAG) role" entries are told apart where
# a party follows an organisation (each list ordered parties first); they take the list labels in order, and
# the secretary is the name after the last entry.
_ROW_OF_LABELS = "Protokoll\nDatum:\nPlats:\nLedamöter:\nErsättare:\nAnmält förhinder: Sekreterare: 14 december "


@pytest.mark.parametrize(
    ("values", "present", "absent"),
    [
        (("Asa Folkhögskola, Sköldinge Britta Berg (S) ordf Ingrid Lund (M) vice ordf Anna Ek (MP) Bo Holm (PRO) "
          "Cia Dahl (SPF) Dan Ström (SKPF) Eva Nord (S) Gun Ås (FP) Hans Öst (PRO) Ida Vik (SPF) Karin Sjö (KD) "
          "Lars Ljung (PRO) Lena Stengaard Landstinget Sörmland Repslagaregatan 19"),
         ["Britta Berg", "Ingrid Lund", "Anna Ek", "Bo Holm", "Cia Dahl", "Dan Ström", "Eva Nord", "Gun Ås",
          "Hans Öst", "Ida Vik", "Lena Stengaard"],
         ["Karin Sjö", "Lars Ljung"]),
        # look-alike: one list only (no party after an organisation): not this layout
        ("Stadshuset Anna Ek (S) Bo Holm (M) Cia Dahl (C) Dan Ström (PRO) Eva Nord (SPF) Gun Ås (SKPF) Hans Öst",
         None, None),
    ],
)
def test_labels_first_then_values(values: str, present: list[str] | None, absent: list[str] | None) -> None:
    from planner.extract.attendance import _label_row_lists
    from planner.extract.header import document_parts

    read = _label_row_lists(document_parts(minutes_from_text(_ROW_OF_LABELS + values + "\n")))
    if present is None:
        assert read is None
        return
    assert read is not None
    assert ([p.name for p in read[0]], [p.name for p in read[1]]) == (present, absent)
    assert read[0][0].role == "ordf" and read[0][3].organisation == "PRO" and read[0][6].role == "ersättare"


# look-alike: labels with their values beside them are no row of labels
def test_no_row_of_labels_when_values_stand_beside() -> None:
    from planner.extract.attendance import _label_row_lists
    from planner.extract.header import document_parts

    text = "Datum: 14 december\nPlats: Stadshuset\nLedamöter: Anna Ek (S), Bo Holm (M)\nErsättare: Cia Dahl (C)\n"
    assert _label_row_lists(document_parts(minutes_from_text(text))) is None


# Rows standing above their label (a table cell centred on its label): "Name, title [§ n]" lines right above
# a present label, after a blank line.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Beslutande Enligt förteckning\n\n\nMats Ek, kommundirektör § 267\nGun Ås, ekonomichef § 267\n"
          "Övriga deltagande Cia Holm, sekreterare\n\nUtses att justera Bo Berg (m)"),
         ["Cia Holm", "Mats Ek", "Gun Ås"]),
        (("Närvarande: Anna Ek (S), Bo Berg (M)\n\nKarin Sjö, förvaltningschef\nÖvriga närvarande Lars Ljung, "
          "nämndsekreterare"),
         ["Anna Ek", "Bo Berg", "Lars Ljung", "Karin Sjö"]),
        # look-alike: a line above the label that is no "Name, title" row, or rows under another label
        (("Närvarande: Anna Ek (S), Bo Berg (M)\n\nMötet hölls i Stadshuset, sal A\nÖvriga närvarande Lars "
          "Ljung, nämndsekreterare"), ["Anna Ek", "Bo Berg", "Lars Ljung"]),
    ],
)
def test_rows_above_their_label(text: str, present: list[str]) -> None:
    assert sorted(_lists(text)[0]) == sorted(present)


# A list line closed by a row of labels (a present label, then closing labels only): the labels are no part
# of the last entry.
@pytest.mark.parametrize(
    ("tail", "last"),
    [
        ("Cecilia Lange Rosén (SD) Övriga Utsedd att justera", "Cecilia Lange Rosén"),
        ("Cecilia Lange Rosén (SD) Tjänstemän Justering", "Cecilia Lange Rosén"),
        # look-alike: a present label with names after it opens the next list
        ("Cecilia Lange Rosén (SD) Övriga Karin Sjö Lars Ljung", "Lars Ljung"),
    ],
)
def test_closing_row_of_labels(tail: str, last: str) -> None:
    text = ("Ersättare Anna Ek (C), ordförande Bo Berg (M), 1:e vice ordförande Cia Holm (S) Dan Lund (C) "
            "Eva Nord (L) Gun Ås (S) " + tail)
    assert _lists(text)[0][-1] == last
