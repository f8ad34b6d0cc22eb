"""Attendance layouts of the sixth fresh batch of real minutes (tests/data/extra 381-386) and of held-out
failures, read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: given names written
with a capital inside ("RosMarie"), names run together with "för" before the member a substitute stands in for
and "ej tjänstgörande" after a substitute who did not serve, a flattened "Tid och plats" row whose date and time
stand before the names, a "Sekreterare Name" row run into the list above, titles written before the names
("samt sekreterare Anna Ek, socialchef Bo Berg"), paragraph notes after a party ("(SD) ej 13"), a vacant seat,
names before a column of their roles, a general "Övriga:" label over a work list and a heading word run into a
list; with look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract import attendance
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2020-03-06\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


def _line(text: str) -> list[tuple[str, bool | None]]:
    return [(p.name, p.mark) for p in attendance._entries(text, 0, set(), False)]


# A capital inside a given name written as one word is part of the name, not the start of the next.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Monica Haider (S) RosMarie Jönsson Neckö (S) Ragnar Lindberg (S)",
         ["Monica Haider", "RosMarie Jönsson Neckö", "Ragnar Lindberg"]),
        ("Gunnar Nordmark (FP) ClasGöran Carlsson (S) Charlotta Svanberg (S)",
         ["Gunnar Nordmark", "ClasGöran Carlsson", "Charlotta Svanberg"]),
        ("Anna Ek (S), Per McDonald (M), Bo Berg (C)", ["Anna Ek", "Per McDonald", "Bo Berg"]),
        # look-alike: an acronym of capitals is no name word
        ("Anna Ek (S) Bo Berg (M) Cia Holm (C)", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_capital_inside_a_given_name(line: str, names: list[str]) -> None:
    assert [n for n, _ in _line(line)] == names


# Names run together: "X för Y" stands for a substitute X and a member Y who was not there.
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Harriet Jorderud Nils Hultin för Robert Uitto Stefan Wikén Cathrine Blomqvist för Lena Bäckelin",
         [("Harriet Jorderud", None), ("Nils Hultin", None), ("Robert Uitto", False), ("Stefan Wikén", None),
          ("Cathrine Blomqvist", None), ("Lena Bäckelin", False)]),
        ("Anna Svensson Erik Larsson för Maria Lind Karin Berg",
         [("Anna Svensson", None), ("Erik Larsson", None), ("Maria Lind", False), ("Karin Berg", None)]),
        ("Christer Siwertsson Margareta Gladh, Susanne Wallner Karin Österberg ej tjänstgörande Bernt Söderman",
         [("Christer Siwertsson", None), ("Margareta Gladh", None), ("Susanne Wallner", None),
          ("Karin Österberg", None), ("Bernt Söderman", None)]),
        ("Anders Nilsson Lena Persson ej tjg Karin Olsson Johan Berg",
         [("Anders Nilsson", None), ("Lena Persson", None), ("Karin Olsson", None), ("Johan Berg", None)]),
    ],
)
def test_substitute_runs(line: str, people: list[tuple[str, bool | None]]) -> None:
    assert _line(line) == people


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Anna Svensson Erik Larsson för Maria Lind Karin Berg", True),
        ("Karin Österberg ej tjänstgörande Bernt Söderman", True),
        # look-alikes: a party in parentheses (read by the party readers), "för" after a capital
        ("Anna Ek (S) tjänstgör för Bo Berg (S)", False),
        ("Anna Ek för Bo Berg", True),
    ],
)
def test_substitute_run_trigger(line: str, expected: bool) -> None:
    hit = "(" not in line and bool(attendance._RX_FOR_MEMBER.search(line) or attendance._RX_NOT_SERVING.search(line))
    assert hit is expected


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: too few names; prose with "för"; a lower-case word that is no note between names
        "Erik Larsson för Maria Lind",
        "Tack för Maria Linds insats under året och för allt arbete",
        "Styrelsen tackade för Maria Lind och Bo Berg, som avgår",
    ],
)
def test_substitute_run_needs_a_run_of_names(line: str) -> None:
    assert attendance._substitute_run(line, 0) == []


def test_substitute_run_in_a_header() -> None:
    text = ("Beslutande Harriet Jorderud Nils Hultin för Robert Uitto Stefan Wikén Cathrine Blomqvist för "
            "Lena Bäckelin Ann-Marie Johansson Bengt Bergqvist")
    present, absent = _lists(text)
    assert "Nils Hultin" in present and "Robert Uitto" not in present
    assert absent == ["Robert Uitto", "Lena Bäckelin"]


# A flattened "Tid och plats" row: the venue, date and time stand before the names of the list.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        (("Styrelserummet, Landstingshuset, Östersund den 30 mars 2011 klockan 13-15:20 Harriet Jorderud "
         "Stefan Wikén Bengt Bergqvist Christer Siwertsson"), ["Harriet Jorderud", "Stefan Wikén", "Bengt Bergqvist",
                                                               "Christer Siwertsson"]),
        ("Kommunhuset 2019-04-02 kl. 9.00-12.00 Anna Lind, Bo Berg, Cia Holm", ["Anna Lind", "Bo Berg", "Cia Holm"]),
    ],
)
def test_date_and_time_before_the_names(line: str, names: list[str]) -> None:
    assert [n for n, _ in _line(line)] == names


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: a time note after a person (no date before it), a date without a time
        "Anna Lind kl 13-15 Bo Berg Cia Holm Dan Ek",
        "Kommunhuset den 3 maj 2019 Anna Lind Bo Berg",
    ],
)
def test_no_dated_time_prefix(line: str) -> None:
    assert attendance._RX_DATED_TIME.search(line) is None


# "Sekreterare Name" run into the end of a list line is one more person, with that role.
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Bertil Axelsson, Gunilla Johansson (delvis), Jens Karlsson (delvis) Sekreterare Marianne Hammarström",
         [("Bertil Axelsson", None), ("Gunilla Johansson", None), ("Jens Karlsson", None),
          ("Marianne Hammarström", "sekreterare")]),
        ("Anna Ek (S) Bo Berg (M) Cia Holm (C) Protokollförare Dan Lund",
         [("Anna Ek", None), ("Bo Berg", None), ("Cia Holm", None), ("Dan Lund", "protokollförare")]),
        # look-alike: the role written in lower case after a comma belongs to the name before it
        ("Anna Ek, sekreterare", [("Anna Ek", "sekreterare")]),
    ],
)
def test_closing_secretary(line: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in attendance._entries(line, 0, set(), False)] == people


def test_closing_label_needs_a_list_before_it() -> None:
    assert attendance._CLOSING_ROLE.search("Sekreterare Marianne Hammarström") is None


# Titles before names: "samt sekreterare Anna Ek, socialchef Bo Berg och områdeschef Cia Holm".
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("sekreterare Patrik Skanser, socialchef Lillemor Quist, områdeschef Jari Heikkinen",
         [("Patrik Skanser", "sekreterare"), ("Lillemor Quist", "socialchef"), ("Jari Heikkinen", "områdeschef")]),
        ("controller Ann-Sofie Eriksson 13-16, alkoholhandläggare Åsa Nilsson och områdeschef Marie Lindblom",
         [("Ann-Sofie Eriksson", "controller"), ("Åsa Nilsson", "alkoholhandläggare"),
          ("Marie Lindblom", "områdeschef")]),
        ("ekonom Karin Berg och projektledare Anders Holm", [("Karin Berg", "ekonom"), ("Anders Holm", "projektledare")]),
    ],
)
def test_role_first_entries(line: str, people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in attendance._role_first_entries(line, 0)] == people


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: one piece only; lower-case words that are no title; a sentence
        "sekreterare Patrik Skanser",
        "enligt Patrik Skanser, och Lillemor Quist",
        "mötet leddes av Anna Ek, som hälsade Bo Berg",
    ],
)
def test_role_first_needs_titles(line: str) -> None:
    assert attendance._role_first_entries(line, 0) == []


def test_members_then_titles_after_samt() -> None:
    line = ("Birgitta Westman (S) ej 13, Niklas Norling (S), Barbara Kabacinski Hallström (L) och Maria Blomberg (L) "
            "samt sekreterare Patrik Skanser, socialchef Lillemor Quist")
    assert [n for n, _ in _line(line)] == ["Birgitta Westman", "Niklas Norling", "Barbara Kabacinski Hallström",
                                          "Maria Blomberg", "Patrik Skanser", "Lillemor Quist"]


# Paragraph notes after the party: "(SD) ej 13", "(S) 13", "(M) § 4-6".
@pytest.mark.parametrize(
    ("line", "names"),
    [
        (("Mariette Sjölund (S), ordförande Ingvor Regnemer (S) Tommy Emterby (KD) Gary Slater (SD) ej 13 "
         "Birgitta Westman (S) 13"), ["Mariette Sjölund", "Ingvor Regnemer", "Tommy Emterby", "Gary Slater",
                                     "Birgitta Westman"]),
        ("Anna Ek (S) Bo Berg (M) § 4-6 Cia Holm (C) Dan Lund (V)", ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        ("Anna Ek (S), Bo Berg (M) ej 3, Cia Holm (C) och Dan Lund (V)", ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
    ],
)
def test_paragraph_notes_after_the_party(line: str, names: list[str]) -> None:
    assert [n for n, _ in _line(line)] == names


# A vacant seat is no person; a comma before the party does not end the entry.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Jan Sahlén (S) Gudrun Sjödin (S) Jon Björkman (V) Ida Stafrin, (C) Vakant (M)",
         ["Jan Sahlén", "Gudrun Sjödin", "Jon Björkman", "Ida Stafrin"]),
        ("Anna Ek (S) Vakant (M) Bo Berg (C) Cia Holm (V)", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_vacant_seat(line: str, names: list[str]) -> None:
    assert [n for n, _ in _line(line)] == names


# Names run together, then a column of their roles: the names are read, the roles left.
@pytest.mark.parametrize(
    ("rest", "names"),
    [
        (" Eva Åström Sabina Lindell ersättare ersättare förvaltningschef sekreterare", ["Eva Åström", "Sabina Lindell"]),
        (" Anna Berg Per Holm Lisa Ek kommunchef ekonom sekreterare", ["Anna Berg", "Per Holm", "Lisa Ek"]),
        # look-alikes: no role column; a sentence in lower case
        (" Eva Åström Sabina Lindell", []),
        (" Eva Åström Sabina Lindell hälsade alla välkomna", []),
    ],
)
def test_names_then_roles(rest: str, names: list[str]) -> None:
    assert [p.name for p in attendance._names_then_roles(rest, 0)] == names


def test_paren_entries_then_role_column() -> None:
    line = ("Anette Palm (S) Unni Trolle (M) Hans-Ove Lunde (KD) Arvid Frandsen (SD) Eva Åström Sabina Lindell "
            "ersättare ersättare ersättare ersättare förvaltningschef sekreterare")
    assert [n for n, _ in _line(line)] == ["Anette Palm", "Unni Trolle", "Hans-Ove Lunde", "Arvid Frandsen",
                                          "Eva Åström", "Sabina Lindell"]


# "Övriga:" with a lower-case value over a work list opens no list; with names (or "se bilaga") it does.
@pytest.mark.parametrize(
    ("text", "at", "generic"),
    [
        ("Övriga: dokumentation", 8, True),
        ("Övriga: städning och inköp", 8, True),
        ("Övriga: Anna Ek, Bo Berg", 8, False),
        ("Övriga: se bilaga", 8, False),
        ("Övriga närvarande: tjänstemän enligt bilaga", 19, False),
    ],
)
def test_generic_group_value(text: str, at: int, generic: bool) -> None:
    assert attendance._is_generic_value(text, at) is generic


def test_work_list_under_others_is_no_attendance() -> None:
    text = "Närvarande:\n* Anna Ek\n* Bo Berg\n\nSchema\nÖvriga: dokumentation\n* Mån: Sprint Review, Sprint Planning"
    assert _lists(text) == (["Anna Ek", "Bo Berg"], [])


# A one-word entry that names a document is no person.
@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("Mötesprotokoll", True),
        ("Dagordning", True),
        ("Minnesanteckningar", True),
        ("Kotte", False),
        ("Anna Protokoll", False),
    ],
)
def test_document_words(name: str, document: bool) -> None:
    assert attendance._is_document(attendance.Person(name, 0, len(name))) is document


# More common given names tell where names run together split.
@pytest.mark.parametrize(
    ("word", "given"),
    [("Suzanne", True), ("Pernilla", True), ("Yngve", True), ("Tryggve", True), ("Ewa", True), ("Pär", True),
     ("Växjö", False), ("Styrelserummet", False)],
)
def test_more_given_names(word: str, given: bool) -> None:
    assert attendance._is_given(word) is given


def test_venue_before_the_first_name() -> None:
    line = ("Oden, Sigfridsområdet, Växjö Suzanne Frank (M), ordförande Lena Karlsson (C), första vice ordf. "
            "Anna Fransson (S), andra vice ordf. Göran Giselsson (M) Pernilla Sjöberg (M)")
    assert [n for n, _ in _line(line)][:2] == ["Suzanne Frank", "Lena Karlsson"]


# "tjg ers för" / "tjänstgörande ers. för": the abbreviated substitute's phrase after the party.
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Cia Holm (C) tjg ers för Dan Lund (C)", [("Cia Holm", "ersättare för Dan Lund")]),
        ("Cia Holm (C) tjänstgörande ers. för Dan Lund (C)", [("Cia Holm", "ersättare för Dan Lund")]),
        ("Cia Holm (C) ersättare för Dan Lund (C)", [("Cia Holm", "ersättare för Dan Lund")]),
        # look-alike: "för" inside a role that names no member
        ("Cia Holm (C), ansvarig för ekonomin", [("Cia Holm", None)]),
    ],
)
def test_abbreviated_substitute(line: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in attendance._entries(line, 0, set(), False)] == people


def test_abbreviated_substitute_in_a_header() -> None:
    text = "Beslutande\nAnna Ek (S), ordförande\nBo Berg (M)\nCia Holm (C) tjg ers för Dan Lund (C)"
    assert _lists(text) == (["Anna Ek", "Bo Berg", "Cia Holm"], ["Dan Lund"])


# Column heads written like a name ("Efternamn, Förnamn") are no person.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande\nEfternamn, Förnamn\nEk, Anna\nBerg, Bo\nHolm, Cia", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        ("Närvarande\nNamn\nAnna Ek\nBo Berg", ["Anna Ek", "Bo Berg"]),
        # look-alike: a surname that only begins like a column head
        ("Närvarande: Anna Namnberg, Bo Förnamnsson", ["Anna Namnberg", "Bo Förnamnsson"]),
    ],
)
def test_name_column_heads(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A heading row of mark columns cut from the label before it: the names' column stood first.
@pytest.mark.parametrize(
    ("row", "columns"),
    [
        ("Närvarande\tFrånvarande", (frozenset({1}), frozenset({2}))),
        ("Närv.\tFrånv.", (frozenset({1}), frozenset({2}))),
        ("Namn\tNärvarande\tFrånvarande", (frozenset({1}), frozenset({2}))),  # unchanged
    ],
)
def test_mark_columns_after_a_cut_label(row: str, columns: tuple[frozenset[int], frozenset[int]]) -> None:
    assert attendance._mark_columns(row) == columns


def test_table_under_a_label_row() -> None:
    text = "Ledamöter\tNärvarande\tFrånvarande\nAnna Ek\tX\nBo Berg\t\tX\nCia Holm\tX"
    assert _lists(text) == (["Anna Ek", "Cia Holm"], ["Bo Berg"])


# A dash alone after a name in a list of "Name X" lines is "not there".
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Ledamöter\nAnna Ek X\nBo Berg -\nKarin Lund X", ["Anna Ek", "Karin Lund"], ["Bo Berg"]),
        ("Ledamöter\nAnna Ek X\nBo Berg –\nKarin Lund X", ["Anna Ek", "Karin Lund"], ["Bo Berg"]),
        # look-alikes: a dash between a name and an organisation; a hyphen that ends a word
        ("Närvarande: Anna Ek - Växjö kommun, Bo Berg - Region Kronoberg", ["Anna Ek", "Bo Berg"], []),
    ],
)
def test_dash_mark(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# "Autism- och Aspergerföreningen": a word cut before "och" belongs to the organisation, not to a name.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Cia Holm, Autism- och Aspergerföreningen", ["Cia Holm"]),
        ("Anna Ek, DHR; Bo Berg, FUB; Cia Holm, Autism- och Aspergerföreningen", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alike: two names joined by "och"
        ("Anna Ek och Bo Berg", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_elided_compound_is_no_name(line: str, names: list[str]) -> None:
    assert [n for n, _ in _line(line)] == names


# "Ek Anna, Berg Bo, Lund Karin": surnames first without a comma, read given name first; then the other lists too.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Ek Anna, Berg Bo, Lund Karin", ["Anna Ek", "Bo Berg", "Karin Lund"], []),
        ("Närvarande:\nEk Anna\nBerg Bo\nLund Karin\nFrånvarande:\nHolm Per", ["Anna Ek", "Bo Berg", "Karin Lund"],
         ["Per Holm"]),
        # look-alikes: given names first; one entry only that could read either way
        ("Närvarande: Anna Ek, Bo Berg, Karin Lund", ["Anna Ek", "Bo Berg", "Karin Lund"], []),
        ("Närvarande: Mohammed Ali, Anna Ek, Bo Berg", ["Mohammed Ali", "Anna Ek", "Bo Berg"], []),
        ("Närvarande: Anna Ek, Bo Berg\nFrånvarande: Holm Per", ["Anna Ek", "Bo Berg"], ["Holm Per"]),
    ],
)
def test_surname_first_without_comma(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# "v ordf" / "v. ordförande": the vice chair's abbreviated role after the party.
@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("Bo Berg (M) v ordf", "Bo Berg", "v ordf"),
        ("Bo Berg (M) v. ordf.", "Bo Berg", "v. ordf"),
        ("Bo Berg v ordf", "Bo Berg", "v ordf"),
        ("Bo Berg (M) vice ordf", "Bo Berg", "vice ordf"),
    ],
)
def test_vice_chair_abbreviated(entry: str, name: str, role: str) -> None:
    p = attendance._person(entry, 0)
    assert p is not None and (p.name, p.role) == (name, role)


def test_vice_chair_keeps_the_list_going() -> None:
    text = "Närvarande ledamöter:\nAnna Ek (S) ordf\nBo Berg (M) v ordf\nKarin Lund (C)"
    assert _lists(text)[0] == ["Anna Ek", "Bo Berg", "Karin Lund"]


# Paragraphs or hours attended after a name in a comma list.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Anna Ek, Bo Berg § 3-5, Karin Lund kl 10-11", ["Anna Ek", "Bo Berg", "Karin Lund"]),
        ("Anna Ek, Bo Berg §§ 3-5 och Karin Lund", ["Anna Ek", "Bo Berg", "Karin Lund"]),
        ("Anna Ek, Bo Berg kl. 9.00-10.30, Karin Lund", ["Anna Ek", "Bo Berg", "Karin Lund"]),
    ],
)
def test_attended_part_of_the_meeting(line: str, names: list[str]) -> None:
    assert [n for n, _ in _line(line)] == names


# "samt Per Holm som ersättare för Lisa Ström": the member stood in for was not there.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Anna Ek, Bo Berg, Karin Lund samt Per Holm som ersättare för Lisa Ström",
         ["Anna Ek", "Bo Berg", "Karin Lund", "Per Holm"], ["Lisa Ström"]),
        # look-alike: "för" inside an organisation's name
        ("Närvarande: Anna Ek, Förbundet för Bostad, Bo Berg, Karin Lund", ["Anna Ek", "Bo Berg", "Karin Lund"], []),
    ],
)
def test_substitute_in_a_comma_list(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A capitalised role first in the line: "Ordförande Anna Ek, sekreterare Bo Berg, ...".
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Ordförande Anna Ek, sekreterare Bo Berg, kassör Karin Lund, ledamot Per Holm",
         [("Anna Ek", "ordförande"), ("Bo Berg", "sekreterare"), ("Karin Lund", "kassör"), ("Per Holm", "ledamot")]),
        # look-alike: a name first, its role after the comma
        ("Anna Ek, ordförande", [("Anna Ek", "ordförande")]),
    ],
)
def test_capitalised_role_first(line: str, people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in attendance._entries(line, 0, set(), False)] == people


# List labels side by side over columns of names ("Närvarande ledamöter<TAB><TAB>Närvarande ersättare").
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande ledamöter\t\tNärvarande ersättare\nAnna Ek (S)\t\tPer Holm (S)\nBo Berg (M)\t\tLisa Ström (M)",
         ["Anna Ek", "Bo Berg", "Per Holm", "Lisa Ström"], []),
        ("Närvarande\t\tFrånvarande\nAnna Ek\t\tKarin Lund\nBo Berg", ["Anna Ek", "Bo Berg"], ["Karin Lund"]),
        ("Ledamöter\t\tErsättare\nAnna Ek (S)\t\tPer Holm (S)\nBo Berg (M)\n\t\tLisa Ström (M)",
         ["Anna Ek", "Bo Berg", "Per Holm", "Lisa Ström"], []),
        # look-alike: mark columns over "Name<TAB>X" rows
        ("Ledamöter\tNärvarande\tFrånvarande\nAnna Ek\tX\nBo Berg\t\tX\nCia Holm\tX", ["Anna Ek", "Cia Holm"],
         ["Bo Berg"]),
    ],
)
def test_labels_side_by_side(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


@pytest.mark.parametrize(
    ("row", "kinds"),
    [
        ("Närvarande ledamöter\t\tNärvarande ersättare", [attendance.ListKind.PRESENT, attendance.ListKind.PRESENT]),
        ("Närvarande\tFrånvarande", [attendance.ListKind.PRESENT, attendance.ListKind.ABSENT]),
        # look-alikes: one label; a label and a name; a name and an organisation
        ("Närvarande\t", None),
        ("Närvarande\tAnna Ek", None),
        ("Anna Ek\tRegion Kronoberg", None),
    ],
)
def test_side_labels(row: str, kinds: list[attendance.ListKind] | None) -> None:
    assert attendance._side_labels(row) == kinds


# "Name Organisation" pieces between commas, the organisation without a comma of its own.
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Anna Ek Region Kronoberg, Bo Berg Växjö kommun, Karin Lund Ljungby kommun",
         [("Anna Ek", "Region Kronoberg"), ("Bo Berg", "Växjö kommun"), ("Karin Lund", "Ljungby kommun")]),
        ("Anna Ek Region Kronoberg, Bo Berg Länsstyrelsen och Karin Lund Ljungby kommun",
         [("Anna Ek", "Region Kronoberg"), ("Bo Berg", "Länsstyrelsen"), ("Karin Lund", "Ljungby kommun")]),
    ],
)
def test_name_then_organisation(line: str, people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.organisation) for p in attendance._name_org_pieces(line, 0)] == people


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: names alone; "Name, Organisation" with its comma; one piece only; a place, no organisation
        "Anna Ek, Bo Berg, Karin Lund",
        "Anna Ek, Region Kronoberg, Bo Berg, Växjö kommun",
        "Anna Ek Region Kronoberg",
        "Anna Ek Växjö, Bo Berg Alvesta",
    ],
)
def test_name_then_organisation_look_alikes(line: str) -> None:
    assert attendance._name_org_pieces(line, 0) == []


# "Member (P), ersätts av Substitute (P)": a comma after the member's party changes nothing.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Anna Ek (S), Bo Berg (M)\nAnmält förhinder: Karin Lund (C), ersätts av Per Holm (C)",
         ["Anna Ek", "Bo Berg", "Per Holm"], ["Karin Lund"]),
        ("Närvarande: Anna Ek (S), Bo Berg (M)\nAnmält förhinder: Karin Lund (C) ersätts av Per Holm (C)",
         ["Anna Ek", "Bo Berg", "Per Holm"], ["Karin Lund"]),
        # look-alike: without a party the comma still closes the absent member's entry
        ("Närvarande: Anna Ek (S), Bo Berg (M)\nAnmält förhinder: Karin Lund, ersätts av Per Holm",
         ["Anna Ek", "Bo Berg"], ["Karin Lund"]),
    ],
)
def test_replaced_by_after_a_comma(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A capitalised role right after the name, and "ej tjg" after a substitute who was there but did not serve.
@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("Anna Ek Ordförande", "Anna Ek", "ordförande"),
        ("Bo Berg Sekreterare", "Bo Berg", "sekreterare"),
        ("Per Holm (KD) ej tjg", "Per Holm", None),
        ("Per Holm, ej tjänstgörande ersättare", "Per Holm", None),
        # look-alikes: a surname that is no role word; a single word
        ("Bo Gäststam", "Bo Gäststam", None),
        ("Anna Ek", "Anna Ek", None),
    ],
)
def test_role_or_note_after_the_name(entry: str, name: str, role: str | None) -> None:
    p = attendance._person(entry, 0)
    assert p is not None and (p.name, p.role) == (name, role)


def test_capitalised_roles_in_a_comma_list() -> None:
    assert _lists("Närvarande: Anna Ek Ordförande, Bo Berg Sekreterare, Karin Lund")[0] == [
        "Anna Ek", "Bo Berg", "Karin Lund"]


def test_not_serving_substitute_in_a_party_list() -> None:
    line = "Anna Ek (S) ordf, Bo Berg (M) vice ordf, Karin Lund (C), Per Holm (KD) ej tjg"
    assert [n for n, _ in _line(line)] == ["Anna Ek", "Bo Berg", "Karin Lund", "Per Holm"]


@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("Carina Hansson Processansvarig", "Carina Hansson", "processansvarig"),
        ("Anna Ek Samordnare", "Anna Ek", "samordnare"),
        # look-alike: a surname that only contains a role word
        ("Anna Revisorsson", "Anna Revisorsson", None),
    ],
)
def test_capitalised_role_ending_after_the_name(entry: str, name: str, role: str | None) -> None:
    p = attendance._person(entry, 0)
    assert p is not None and (p.name, p.role) == (name, role)
