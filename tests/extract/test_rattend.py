"""Attendance on unseen layouts: present and absent (the rattend round; SCHEMA.md: present/absent).

Each table holds phrasings of one family as secretaries write them (from the held-out minutes and other real
minutes), and look-alikes that must not be read so.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _entries
from tests.extract.attendance_lists import attendance_names

_TAIL = "\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.organisation, p.role) for p in _entries(text, 0, set(), False)]


# A comma list whose last names are joined by "och" or "samt", a role word perhaps before a name and the group they
# come from perhaps after them: the names after the last comma are persons, not the previous name's organisation.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Lennart Hoffert, Anders Gustavsson och hedersordförande Valter Nilsson.",
         [("Lennart Hoffert", None, None), ("Anders Gustavsson", None, None),
          ("Valter Nilsson", None, "hedersordförande")]),
        ("Jörgen Prahl, Magnus Lörd samt Markus Andersson och Pierre Persson från valberedningen.",
         [("Jörgen Prahl", None, None), ("Magnus Lörd", None, None), ("Markus Andersson", "valberedningen", None),
          ("Pierre Persson", "valberedningen", None)]),
        ("Lars-Åke Sigfridsson, Lennart Åstrand, Evald Hammarström och Monica Johansson",
         [("Lars-Åke Sigfridsson", None, None), ("Lennart Åstrand", None, None), ("Evald Hammarström", None, None),
          ("Monica Johansson", None, None)]),
        ("Göran Ekström, Marie Sollengren och Rolf Karlsson från arbetsgruppen",
         [("Göran Ekström", None, None), ("Marie Sollengren", "arbetsgruppen", None),
          ("Rolf Karlsson", "arbetsgruppen", None)]),
        ("Kristina Johansson, Bo Eriksson och sekreterare Karin Alm.",
         [("Kristina Johansson", None, None), ("Bo Eriksson", None, None), ("Karin Alm", None, "sekreterare")]),
        ("Anna Strutz, Rosmarie Johansson samt Åke Wester",
         [("Anna Strutz", None, None), ("Rosmarie Johansson", None, None), ("Åke Wester", None, None)]),
        # look-alikes: an organisation after the comma stays the name's organisation
        ("Anna Ek, Region Kronoberg och Bo Berg", [("Anna Ek", "Region Kronoberg och Bo Berg", None)]),
        ("Anna Ek, Växjö kommun och Region Kronoberg", [("Anna Ek", "Växjö kommun och Region Kronoberg", None)]),
        ("Anna Ek, Hälso- och sjukvården", [("Anna Ek", "Hälso- och sjukvården", None)]),
    ],
)
def test_names_joined_after_comma(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    assert _read(text) == people


# A run-on comma list wrapped inside its last name, after the list's "och": "... Magnus Lindstedt och Kent" /
# "Antonsson.".
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande;\nNils Johansson, Jörgen Westerlind, Karin Falk, Magnus Lindstedt och Kent\nAntonsson.",
         ["Nils Johansson", "Jörgen Westerlind", "Karin Falk", "Magnus Lindstedt", "Kent Antonsson"]),
        ("Närvarande: Anders Bensryd, Åke Åström, Leif Ånell och Mats\nGustafsson",
         ["Anders Bensryd", "Åke Åström", "Leif Ånell", "Mats Gustafsson"]),
        ("Närvarande: Kent Sidén, Anders Saadio, Eddie Uggla och Britta\nBurström.",
         ["Kent Sidén", "Anders Saadio", "Eddie Uggla", "Britta Burström"]),
        ("Närvarande: Maria Sjögren, Helen Larsdotter, Kenneth Gustafsson samt Carina\nAndreasson.",
         ["Maria Sjögren", "Helen Larsdotter", "Kenneth Gustafsson", "Carina Andreasson"]),
        ("Närvarande: Martin Moeschlin, Marie Lilja, Reine Josefsson och Anna\nOtmalm",
         ["Martin Moeschlin", "Marie Lilja", "Reine Josefsson", "Anna Otmalm"]),
        # look-alikes: the line ends with a whole name, or the next line is no one-word surname
        ("Närvarande: Martin Moeschlin, Marie Lilja, Reine Josefsson och Anna Otmalm\nJohan Fors",
         ["Martin Moeschlin", "Marie Lilja", "Reine Josefsson", "Anna Otmalm", "Johan Fors"]),
        ("Närvarande: Kent Sidén, Anders Saadio och Britta Burström\n\nOrdförande Kent Sidén öppnade mötet.",
         ["Kent Sidén", "Anders Saadio", "Britta Burström"]),
        ("Närvarande: Nils Johansson, Karin Falk och Magnus Lindstedt.\nFörhinder: Eva Lindmark",
         ["Nils Johansson", "Karin Falk", "Magnus Lindstedt"]),
    ],
)
def test_list_wrapped_inside_last_name(text: str, present: list[str]) -> None:
    assert attendance_names(text, tail=_TAIL)[0] == present


_HEAD = "SEKTIONENS STYRELSEMÖTESPROTOKOLL\nTisdag 25 februari 2014 kl. 12.15, TP301 Campus Norrköping.\n"


# A table of two lists side by side flattened one cell to a line: the two column labels on lines of their own, then
# the rows' cells, left then right; the first column keeps the last name of an odd count.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande\nFrånvarande\nMalin Johannesson\nJohanna Johansson\nPetra Tieu\nSofia Flårback\n"
         "Malin Johansson\nKlara Gustafsson\nMichael Schönberg\nNina Lemon\nEmma Bygdén\nVictoria Nilsson\n"),
         ["Malin Johannesson", "Petra Tieu", "Malin Johansson", "Michael Schönberg", "Emma Bygdén"],
         ["Johanna Johansson", "Sofia Flårback", "Klara Gustafsson", "Nina Lemon", "Victoria Nilsson"]),
        ("Närvarande:\nFrånvarande:\nAnna Lindqvist\nErik Holm\nSara Berg\nJonas Ek\n",
         ["Anna Lindqvist", "Sara Berg"], ["Erik Holm", "Jonas Ek"]),
        ("Närvarande\nEj närvarande\nEmmy Karlsson\nIda Petersson\nMorgan Rohlwin\nLinnea Ström\nOskar Falk\n",
         ["Emmy Karlsson", "Morgan Rohlwin", "Oskar Falk"], ["Ida Petersson", "Linnea Ström"]),
        ("Närvarande\n\nAnmält förhinder\n\nKarin Falk\n\nEva Lindmark\n\nNils Johansson\n\nMaria Haglund\n",
         ["Karin Falk", "Nils Johansson"], ["Eva Lindmark", "Maria Haglund"]),
        (("Närvarande ledamöter\nFrånvarande ledamöter\nGöran Johansson\nUlla Johansson\nJan Karlsson\n"
         "Linda Svebäck\nPeter Samuelsson\n"),
         ["Göran Johansson", "Jan Karlsson", "Peter Samuelsson"], ["Ulla Johansson", "Linda Svebäck"]),
        # look-alikes: one label over its list, then the next label over its own
        (("Närvarande med rösträtt:\n\nJohan Andreasson\n\nDavid Klarlund\n\nElin Andersson\n\n\nÖvriga närvarande:\n\n"
         "Erik Lönroth\n"), ["Johan Andreasson", "David Klarlund", "Elin Andersson", "Erik Lönroth"], []),
        ("Närvarande:\nAnna Lindqvist\nErik Holm\nSara Berg\nFrånvarande:\nJonas Ek\n",
         ["Anna Lindqvist", "Erik Holm", "Sara Berg"], ["Jonas Ek"]),
        # two labels of one kind stacked are no table of present and absent
        ("Närvarande\nAdjungerade\nAnna Lindqvist\nErik Holm\nSara Berg\nJonas Ek\n",
         ["Anna Lindqvist", "Erik Holm", "Sara Berg", "Jonas Ek"], []),
    ],
)
def test_two_columns_flattened_one_cell_a_line(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == (present, absent)


# A department written as abbreviations only after a name's comma ("Ped. Inst.", "Ekon. avd."): the name's
# organisation, not a second name (a line's last full stop is left off, as for any entry).
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Gudrun Svedberg, Åsa Löfqvist, Ped. Inst. (adjungerad)",
         [("Gudrun Svedberg", None, None), ("Åsa Löfqvist", "Ped. Inst.", "adjungerad")]),
        ("Anneli Nielsen, Erika Isberg, Ped. inst.",
         [("Anneli Nielsen", None, None), ("Erika Isberg", "Ped. inst", None)]),
        ("Maria Levlin, Lotta Vingsle, Kem. inst.",
         [("Maria Levlin", None, None), ("Lotta Vingsle", "Kem. inst", None)]),
        ("Mathias Norqvist, Bo Berg, Ekon. avd.",
         [("Mathias Norqvist", None, None), ("Bo Berg", "Ekon. avd", None)]),
        ("Ingmarie Mellenius, Anna Ek, Med. fak. (sekreterare)",
         [("Ingmarie Mellenius", None, None), ("Anna Ek", "Med. fak.", "sekreterare")]),
        # look-alikes: names with initials stay names
        ("Bo Berg, Anna E. Ek", [("Bo Berg", None, None), ("Anna E. Ek", None, None)]),
        ("Bo Berg, Ch. P. Ek", [("Bo Berg", None, None), ("Ch. P. Ek", None, None)]),
        ("Bo Berg, Chr. Ekman", [("Bo Berg", None, None), ("Chr. Ekman", None, None)]),
    ],
)
def test_abbreviated_department_after_name(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    assert _read(text) == people


# A copy that lost its line breaks: the label glued to the word before it ("i LinköpingNärvarande:"), a name glued
# where its line broke ("GunnarCarlsson"), the first item's number glued to the last name ("Gustafsson1. Mötets").
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Onsdagen den 28 november 2012 kl 13.00-17.00Hos VTI i LinköpingNärvarande:Sonja Forward, Inger Forsberg, "
         "Lennart Adolfsson, Krister Spolander, GunnarCarlsson, Ninnie Gustafsson1. Mötets öppnandeSonja Forward "
         "öppnade mötet.2. Val av sekreterare"),
         ["Sonja Forward", "Inger Forsberg", "Lennart Adolfsson", "Krister Spolander", "Gunnar Carlsson",
          "Ninnie Gustafsson"]),
        ("Tisdagen den 3 mars 2015 kl 18.00 i klubbstuganNärvarande: Anna Lindqvist, Erik Holm, Sara Berg\n",
         ["Anna Lindqvist", "Erik Holm", "Sara Berg"]),
        ("Måndagen den 9 maj 2016 kl 19.00 hos KarinNärvarande: Karin Falk, Nils Johansson, Eva Lindmark\n",
         ["Karin Falk", "Nils Johansson", "Eva Lindmark"]),
        ("Den 12 april 2018 kl 17.30, Folkets husNärvarande: Per Holm, Maria Haglund, JonasEkberg, Lena Ström\n",
         ["Per Holm", "Maria Haglund", "Jonas Ekberg", "Lena Ström"]),
        ("Styrelsemöte 2019-10-02 på kontoretNärvarande: Kent Sidén, AndersSaadio\n", ["Kent Sidén", "Anders Saadio"]),
        # look-alikes: an organisation glued so is no name; a label word inside a sentence is no label
        ("Styrelsemöte 2019-10-02\nNärvarande: Kent Sidén, MunktellArenan\n", ["Kent Sidén"]),
        ("Styrelsemöte 2019-10-02\nNärvarande: Kent Sidén, Britta Burström\nMötet hölls i stadsdelsnämndens lokal.\n",
         ["Kent Sidén", "Britta Burström"]),
        ("Styrelsemöte 2019-10-02\nNärvarande: Anna Ek, Bo Berg, Per Holm, SverigesRadio\n",
         ["Anna Ek", "Bo Berg", "Per Holm", "SverigesRadio"]),
    ],
)
def test_copy_without_line_breaks(text: str, present: list[str]) -> None:
    assert attendance_names(text, tail=_TAIL)[0] == present


# A label word inside an entry's note, one word after it ("generalsekreterare Övriga Sverige": the region a member
# answers for) opens no list: the list goes on below.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande:\nStefan Nilsson, LiTHe Blås, ordförande\nStina Karlsson, Gjallarhornen, generalsekreterare "
         "Övriga Sverige\nAnna Krafft, Hornboskapen, generalsekreterare Uppsala\n"),
         ["Stefan Nilsson", "Stina Karlsson", "Anna Krafft"]),
        (("Närvarande:\nThomas Andén, Bleckhornen, generalsekreterare Södra Sverige\nPer Holm, Utblås, regionansvarig "
         "Övriga Norrland\nEva Lind, Kårsetten, kassör\n"),
         ["Thomas Andén", "Per Holm", "Eva Lind"]),
        (("Närvarande:\nLena Ström, Skogsklubben, distriktsansvarig Övriga Götaland\nKarin Falk, Naturskyddet, "
         "ledamot\nNils Johansson, Fältbiologerna, sekreterare\n"),
         ["Lena Ström", "Karin Falk", "Nils Johansson"]),
        (("Närvarande:\nMaria Haglund, Scouterna, ansvarig region Övriga Svealand\nEva Lindmark, Scouterna, "
         "kassör\nBo Berg, Scouterna, ordförande\n"),
         ["Maria Haglund", "Eva Lindmark", "Bo Berg"]),
        (("Närvarande:\nJonas Ek, Orienteringsklubben, ledamot Övriga Värmland\nSara Berg, Orienteringsklubben, "
         "kassör\nErik Holm, Orienteringsklubben, ordförande\n"),
         ["Jonas Ek", "Sara Berg", "Erik Holm"]),
    ],
)
def test_label_word_in_entry_note(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL)[0] == present


# Look-alikes: a label inside a wrapped list line that names people opens the next list.
@pytest.mark.parametrize(
    ("text", "lists"),
    [
        (("Beslutande:\nAnna Ek (S), Växjö, Bo Berg (M), Alvesta, Cia Holm (C), Ljungby,\nGunilla Nordberg (S), Tjörn "
         "Sekreterare Cecilia Kvist, GR Övriga Birgitta Hellgren, GR Maria Sigroth, GR\n"),
         (["Anna Ek", "Bo Berg", "Cia Holm", "Gunilla Nordberg", "Cecilia Kvist", "Birgitta Hellgren",
           "Maria Sigroth"], [])),
        (("Beslutande:\nAnna Ek (S), Växjö, Bo Berg (M), Alvesta, Cia Holm (C), Ljungby,\nGunilla Nordberg (S), Tjörn "
          "Övriga Birgitta Hellgren, GR Maria Sigroth, GR\n"),
         (["Anna Ek", "Bo Berg", "Cia Holm", "Gunilla Nordberg", "Birgitta Hellgren", "Maria Sigroth"], [])),
        (("Beslutande:\nAnna Ek (S), Växjö, Bo Berg (M), Alvesta, Cia Holm (C), Ljungby,\nGunilla Nordberg (S), Tjörn "
          "Sekreterare Cecilia Kvist, GR Övriga Maria Sigroth, GR\n"),
         (["Anna Ek", "Bo Berg", "Cia Holm", "Gunilla Nordberg", "Cecilia Kvist", "Maria Sigroth"], [])),
    ],
)
def test_label_inside_wrapped_line_opens_list(text: str, lists: tuple[list[str], list[str]]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == lists
