"""Attendance layouts of the seventeenth and eighteenth fresh batches of real minutes (tests/data/extra
512-534), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a "Name, note" list
wrapped by a PDF export with blank lines between its lines; a sentence that lists the present with titles
before names and "för Organisation" after them; a party column flattened before its names ("M Anna Ek C Bo
Berg"); hours of presence after entries ("Anna Ek 8:15-11:"); a column of roles flattened after "Name (P)"
entries; "Name (P) note" entries run together with and without commas. Each family has look-alikes that must
not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import (
    _RX_DATE_TIME_END,
    _RX_TITLE_COLON_INSIDE,
    _acronym_org_before_given,
    _mixed_sentence_pieces,
    _name_note_run,
    _names_in_cells,
    _party_first_run,
    _role_column_start,
    _split_at_presence_hours,
    _titled_header_line,
    _wrapped_note,
)
from tests.extract.attendance_lists import attendance_names

_HEAD = "Minnesanteckningar 2018-12-11\n\n"
_TAIL = "\n\n1. Mötets öppnande\n\nOrdföranden hälsade alla välkomna."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# A "Name, note" list wrapped by a PDF export: the lines go on after blank lines.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Deltagare Anna Ek, ordförande för rådet och nämnden Bo Berg, enhetschef för\n\nUngkraft Karin Holm,\n\n"
          "koordinator\n\nDan Lund, sekreterare Eva Nord, Parkskolan\n\nGun Ås, Billeshögsskolan Hans Öst,\n\n"
          "Linåkerskolan\n\nIda Vik, Svalöfs\n\ngymnasium"),
         ["Anna Ek", "Bo Berg", "Karin Holm", "Dan Lund", "Eva Nord", "Gun Ås", "Hans Öst", "Ida Vik"]),
        ("Närvarande: Anna Ek, Bo Berg,\n\nCia Holm, Dan Lund", ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
    ],
)
def test_wrapped_note_lists(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("prev", "line", "joined"),
    [
        ("Anna Ek, enhetschef för", "Ungkraft Bo Berg,", True),
        ("Anna Ek, ordförande Bo Berg,", "sekreterare", True),
        ("Anna Ek, Parkskolan Bo Berg,", "Linåkerskolan Cia Holm, Parkskolan", True),
        ("Anna Ek, Parkskolan Bo Berg, Svalöfs", "gymnasium", True),
        # look-alikes: a new label, a heading, a numbered item, prose after a closed entry
        ("Anna Ek, Parkskolan Bo Berg,", "Frånvarande: Cia Holm", False),
        ("Anna Ek, Parkskolan Bo Berg, Svalöfs", "1. Mötets öppnande", False),
        ("Anna Ek, Parkskolan Bo Berg, Svalöfs", "Ordföranden hälsade alla välkomna", False),
        ("Anna Ek, sekreterare", "Mötets öppnande", False),
        ("Anna Ek", "sekreterare", False),
    ],
)
def test_wrapped_note(prev: str, line: str, joined: bool) -> None:
    assert _wrapped_note(prev, line) is joined


# A sentence listing the present: titles before names, "för Organisation" after them, a last "och".
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (("Anna Ek för UF Umeå, Bo Berg för UPF Lund, förbundsordförande Cia Holm, vice förbundsordförande "
          "Dan Lund och förbundssekreterare Eva Nord. Bilagor: Bilaga 1: Röstlängd"),
         [("Anna Ek", "UF Umeå", None), ("Bo Berg", "UPF Lund", None), ("Cia Holm", None, "förbundsordförande"),
          ("Dan Lund", None, "vice förbundsordförande"), ("Eva Nord", None, "förbundssekreterare")]),
        (("Bidragsansvarig Anna Ek, Bo Berg för UF Malmö, Jehna al-moushahidi för UF Luleå, Cia Holm värd för "
          "UF Lund och Dan Lund värd för UF Lund Tillförordnad förbundsekonom Eva Nord anlände kl till mötet"),
         [("Anna Ek", None, "bidragsansvarig"), ("Bo Berg", "UF Malmö", None),
          ("Jehna al-moushahidi", "UF Luleå", None), ("Cia Holm", None, "värd för UF Lund"),
          ("Dan Lund", None, None)]),
    ],
)
def test_mixed_sentence_pieces(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.organisation, p.role) for p in _mixed_sentence_pieces(text, 0)] == people


@pytest.mark.parametrize(
    "text",
    [
        "Anna Ek, Bo Berg, Cia Holm och Dan Lund.",  # plain names: other readers
        "Anna Ek för UF Umeå, Bo Berg",  # two pieces
        "Styrelsen beslutade, efter diskussion, att bevilja bidrag för resan till Lund.",  # prose
        "Anna Ek för UF Umeå, Bo Berg för UF Lund, styrelsen beslutade att godkänna budgeten",
    ],
)
def test_no_mixed_sentence_pieces(text: str) -> None:
    assert _mixed_sentence_pieces(text, 0) == []


# A party column flattened before its names.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("M Anna Ek C Bo Berg FP Cia Holm-Lund MP Dan Lund S Eva Nord, tjänstgör för Gun Ås (V)",
         [("Anna Ek", "M", None), ("Bo Berg", "C", None), ("Cia Holm-Lund", "FP", None), ("Dan Lund", "MP", None),
          ("Eva Nord", "S", "ersättare för Gun Ås")]),
        ("Ej tjänstgörande ersättare C Anna Ek FP Bo Berg (kom kl ) MP Cia Holm S Dan Lund (gick kl )",
         [("Anna Ek", "C", "ersättare"), ("Bo Berg", "FP", "ersättare"), ("Cia Holm", "MP", "ersättare"),
          ("Dan Lund", "S", "ersättare")]),
    ],
)
def test_party_first_run(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.party, p.role) for p in _party_first_run(text, 0)] == people


@pytest.mark.parametrize(
    "text",
    [
        "M Anna Ek C Bo Berg",  # two entries
        "Anna Ek (M) Bo Berg (C) Cia Holm (S) Dan Lund (V)",  # parties after the names
        "Kommunstyrelsen beslutade att S Anna Ek och M Bo Berg samt C Cia Holm utses",  # prose before
        "M Anna Ek C Bo Berg informerade om budgeten S Cia Holm",  # a stretch that is no name and note
    ],
)
def test_no_party_first_run(text: str) -> None:
    assert _party_first_run(text, 0) == []


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Beslutande: M Anna Ek C Bo Berg FP Cia Holm S Dan Lund, tjänstgör för Eva Nord (V)",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        # a flattened header: the label after the place, a group of substitutes after the members
        (("Plats och tid Kommunhuset kl Beslutande M Anna Ek C Bo Berg FP Cia Holm S Dan Lund, tjänstgör för "
          "Eva Nord (V) Övriga närvarande Ej tjänstgörande ersättare C Gun Ås FP Hans Öst (kom kl ) MP Ida Vik"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Gun Ås", "Hans Öst", "Ida Vik"]),
    ],
)
def test_party_first_list(text: str, present: list[str]) -> None:
    assert _lists(text) == (present, ["Eva Nord"])


# Hours of presence after entries end the entry.
@pytest.mark.parametrize(
    ("text", "stretches"),
    [
        ("Anna Ek 8:15-11: Bo Berg Cia Holm Dan Lund 11:30-12:", ["Anna Ek ", " Bo Berg Cia Holm Dan Lund "]),
        ("Anna Ek, kommunchef 8:15-11: Bo Berg, ordf. revisionen 8:15-8:45 6 Cia Holm, ekonomichef 8:15-9:45 6-7",
         ["Anna Ek, kommunchef ", " Bo Berg, ordf. revisionen ", " Cia Holm, ekonomichef "]),
    ],
)
def test_presence_hours(text: str, stretches: list[str]) -> None:
    found = _split_at_presence_hours(text)
    assert found is not None and [t for t, _ in found] == stretches


@pytest.mark.parametrize(
    "text",
    [
        "Anna Ek, Bo Berg",
        "Plats Kommunhuset kl. 08.30-16.15 Anna Ek",  # the meeting's hours after "kl."
        "Catharina Famer Erdtman s x Kl. 09.00-09.45; 10.30-12.00",  # a mark table's hours column
        "Anna Ek (S) 2019-2022, Bo Berg",  # a term of years
        "Anna Ek §§ 12-14, Bo Berg",
    ],
)
def test_no_presence_hours(text: str) -> None:
    assert _split_at_presence_hours(text) is None


def test_presence_hours_list() -> None:
    text = ("Beslutande: Anna Ek 8:15-11: Bo Berg Cia Holm Dan Lund 11:30-12:\n\n"
            "Övriga deltagare: Eva Nord, kommunchef 8:15-11: Gun Ås, ekonomichef 8:15-9:45 6-7")
    assert _lists(text)[0] == ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås"]


# A column of roles flattened after "Name (P)" entries; "Name (P) note" entries run together.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Anna Ek (M) Bo Berg (S) Cia Holm (S) ordförande 1:e vice ordförande ledamot", True),
        ("Anna Ek (M) Bo Berg (S) ledamot ledamot tjänstgörande ersättare", True),
        # look-alikes: one role word (the entry's own), prose after the parties
        ("Anna Ek (M) Bo Berg (S) ordförande", False),
        ("Anna Ek (M) Bo Berg (S) var inte närvarande", False),
        ("Anna Ek, Bo Berg, Cia Holm", False),
    ],
)
def test_role_column(text: str, found: bool) -> None:
    assert (_role_column_start(text) > 0) is found


def test_role_column_list() -> None:
    text = "Beslutande Anna Ek (M) Bo Berg (M) Cia Holm (S) ordförande 1:e vice ordförande tjänstgörande ersättare"
    assert _lists(text)[0] == ["Anna Ek", "Bo Berg", "Cia Holm"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Anna Ek (M) ersättare Bo Berg (M) ersättare, Cia Holm (FP) ersättare Dan Lund miljöinspektör, "
          "Eva Nord stadsarkitekt Gun Ås ekonom, Hans Öst förvaltningsjurist"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås", "Hans Öst"]),
    ],
)
def test_name_note_run(text: str, names: list[str]) -> None:
    assert [p.name for p in _name_note_run(text, 0)] == names


@pytest.mark.parametrize(
    "text",
    [
        # a name without a note: where the names part is unknown
        "Leif Ek ordförande Akko Holm vice ordförande Mona Berg Ulf Nord Björn Ås tjänstgörande ersättare",
        "Anna Ek ersättare Bo Berg ersättare Cia Holm",  # too few
        "Anna Ek informerade Bo Berg berättade Cia Holm frågade Dan Lund svarade",  # prose
    ],
)
def test_no_name_note_run(text: str) -> None:
    assert _name_note_run(text, 0) == []


# A row of names in columns where two spaces only part two of the names.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande styrelsen och skola:\nGöran Jarhult  Viktoria Svensson                Kicki Bengtsson      \n"
          "Cissi Meltzer Monica Sjöblom                 \nMikael Sili                                   "),
         ["Göran Jarhult", "Viktoria Svensson", "Kicki Bengtsson", "Cissi Meltzer", "Monica Sjöblom", "Mikael Sili"]),
    ],
)
def test_two_space_column_edge(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Göran Jarhult\t Viktoria Svensson\tKicki Bengtsson", ["Göran Jarhult", "Viktoria Svensson", "Kicki Bengtsson"]),
        # look-alikes: a name and its organisation, a name and a mark, one cell
        ("Anna Andersson\t Region Kronoberg", []),
        ("Anna Andersson\tX", []),
        ("Anna Andersson", []),
    ],
)
def test_names_in_cells(text: str, people: list[str]) -> None:
    assert [p.name for p in _names_in_cells(text, 0)] == people


# "Name, ACRONYM" entries run together: the capitals are the previous entry's whole organisation, and a name
# of three words after them begins with its given name.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Övriga deltagare: Eva Dahlgren, KVK Stina Strid Hovmöller, KVK Barbro Johansson, VV",
         ["Eva Dahlgren", "Stina Strid Hovmöller", "Barbro Johansson"]),
    ],
)
def test_acronym_org_then_name(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("before", "tokens", "whole"),
    [
        (["Eva", "Dahlgren,", "KVK"], ["Stina", "Strid", "Hovmöller"], True),
        # look-alikes: an organisation's tail ("AB Bostäder Karin Redberg"), capitals not after a comma
        (["Bo", "Ek,", "AB"], ["Bostäder", "Karin", "Redberg"], False),
        (["Bo", "Ek", "IKEA"], ["Stina", "Strid", "Hovmöller"], False),
    ],
)
def test_acronym_org_before_given(before: list[str], tokens: list[str], whole: bool) -> None:
    assert _acronym_org_before_given(before, tokens) is whole


# A header row's value that ends with the date and hour is the place and time, no attendee.
@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Messingen, Industivägen 20 b, rum Nielsen Måndag den 27 februari 2012, klockan 18:", True),
        ("Stadshuset, Sessionssalen 2014-09-16 kl 08.30-16.15", True),
        ("Kommunhuset den 3 maj 2019 kl. 13", True),
        # look-alikes: names, a date without an hour, an hour without a date
        ("Anna Ek, ordförande Bo Berg, sekreterare", False),
        ("Kommunhuset den 3 maj 2019", False),
        ("Anna Ek, Bo Berg kl 13-15", False),
    ],
)
def test_date_time_value(text: str, matches: bool) -> None:
    assert (_RX_DATE_TIME_END.search(text) is not None) is matches


def test_date_time_value_no_attendee() -> None:
    text = ("Plats och tid Beslutande Messingen, Industivägen 20 b, rum Nielsen Måndag den 27 februari 2012, "
            "klockan 18: Ledamöter: Anna Ek (KD), ordförande Bo Berg (M), vice ordförande Cia Holm (S)")
    assert _lists(text)[0] == ["Anna Ek", "Bo Berg", "Cia Holm"]


# A header line of titles and names only, the board that ran a meeting without a list.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ordförande Ulf Henricson, Sekreterare Lars Karlsson, Kassör Roger Björkelöv.",
         [("Ulf Henricson", "ordförande"), ("Lars Karlsson", "sekreterare"), ("Roger Björkelöv", "kassör")]),
        ("Ordförande Anna Ek, Sekreterare Bo Berg", [("Anna Ek", "ordförande"), ("Bo Berg", "sekreterare")]),
        # look-alikes: a piece without a title, one piece, prose, a lower-case piece
        ("Ordförande Anna Ek, Bo Berg, Cia Holm", []),
        ("Ordförande Anna Ek.", []),
        ("Mötet öppnades av Anna Ek, som hälsade alla välkomna.", []),
        ("Ordförande Anna Ek, sekreterare Bo Berg", []),
    ],
)
def test_titled_header_line(text: str, people: list[tuple[str, str]]) -> None:
    assert [(p.name, p.role) for p in _titled_header_line(text, 0)] == people


def test_titled_header_line_in_minutes() -> None:
    text = "Plats, Lainio kapell 230501 kl 14.00\n\nOrdförande Ulf Henricson, Sekreterare Lars Karlsson, Kassör Roger Björkelöv."
    assert _lists(text)[0] == ["Ulf Henricson", "Lars Karlsson", "Roger Björkelöv"]


# A capitalised title with a colon after the names of a list: a titled entry of its own.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande tjänstemän: Astrid Wetterström Protokollssekreterare: Linda Adolfsson",
         ["Astrid Wetterström", "Linda Adolfsson"]),
        ("Närvarande tjänstemän: Anna Andersson Sekreterare: Karin Lund", ["Anna Andersson", "Karin Lund"]),
    ],
)
def test_title_colon_inside(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Astrid Wetterström Protokollssekreterare: Linda Adolfsson", "Protokollssekreterare"),
        # look-alikes: no name after the colon, the colon right after a label, a number after it
        ("Astrid Wetterström Paragrafer: 9:1 9:10", None),
        ("Anna Ek Bilagor: röstlängd", None),
    ],
)
def test_title_colon_pattern(text: str, found: str | None) -> None:
    m = _RX_TITLE_COLON_INSIDE.search(text)
    assert (m.group(1) if m else None) == found


def test_no_presence_hours_in_meeting_time() -> None:
    text = ("Tunasalen, stadshuset, Vimmerby Tisdag 3 september 2013, klockan 09:00-16:00 Ajournering 09:05-10:05, "
            "10:17-10:21 ( 235) Anna Ek (M), ordförande Bo Berg (C)")
    assert _split_at_presence_hours(text) is None


def test_title_colon_after_prose_is_not_split() -> None:
    text = ("Förhinder: Martin Bergdahl, Anders Ahlgren 1:Mötet öppnas av ordföranden Ordförande förklarade mötet "
            "öppnat. 2:Information Föredragande: Ann Christin Jonell Lars Nord, Vägverket, föredragande")
    assert _lists(text)[1] == ["Martin Bergdahl", "Anders Ahlgren"]


def test_title_colon_after_absent_entries_is_not_split() -> None:
    text = ("Närvarande: Anna Ek (S), Lerum Bo Berg (M), Mölndal\n\nFörhinder: Cia Holm (S), Alingsås Dan Lund (M), "
            "Göteborg Sekreterare: Eva Nord, GR")
    assert "Eva Nord" not in _lists(text)[1]
