"""Attendance layouts of the twelfth and thirteenth fresh batches of real minutes (tests/data/extra 453-476),
read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a present list with an
introducing sentence and group sub-headings ("Direktionens ersättare", "Fackliga organisationer"); "samtliga
ledamöter med undantag för ..." naming the absent; a label glued to the date before it; names run together with
bracketed roles, or grouped by country; a flattened "Efternamn Förnamn" table; parents with their children's
names; initials in brackets. Each family has look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import (
    _grouped_roled_entries,
    _is_group_subheading,
    _is_present_intro,
    _names_with_paren_roles,
    _parent_with_children,
    _surname_first_run,
)
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2019-01-30\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# A present list: a sentence introducing it, then groups under sub-headings; a substitute's serving note after
# the party; a lower-case party.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande\n\nDirektionens ledamöter och ersättare som var närvarande på mötet.\n\n"
          "Direktionens ledamöter\nAnna Ek, ordförande (S)\nBo Berg (M)\n\nDirektionens ersättare\n"
          "Cia Holm (S) tjänstgörande\nDan Lund (v)\n\nTjänstepersoner\nEva Nord, förbundschef\n\n"
          "Fackliga organisationer\nGun Ås, Vision\nHans Öst, Kommunal"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Nord", "Gun Ås", "Hans Öst"]),
        (("Närvarande:\nFöljande personer deltog i mötet.\nKarin Sjö (C)\nLars Ljung (KD) tjg\n"
          "Nämndens ersättare\nMaria Vik (L)"),
         ["Karin Sjö", "Lars Ljung", "Maria Vik"]),
        # look-alike: a sentence of the minutes after the list still ends it
        (("Närvarande:\nAnna Ek (S)\nBo Berg (M)\n\nOrdföranden hälsade de närvarande välkomna till mötet."),
         ["Anna Ek", "Bo Berg"]),
    ],
)
def test_present_list_with_intro_and_groups(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Direktionens ledamöter", True),
        ("Kommunernas ersättare", True),
        ("Regionens representanter:", True),
        ("Fackliga organisationer", True),
        ("Personalföreträdare", True),
        ("Anna Ek (S)", False),
        ("Direktionens ledamöter var närvarande", False),
        ("Stefan Lindqvist", False),
    ],
)
def test_group_subheading(line: str, heading: bool) -> None:
    assert _is_group_subheading(line) is heading


@pytest.mark.parametrize(
    ("line", "intro"),
    [
        ("Direktionens ledamöter och ersättare som var närvarande på mötet.", True),
        ("Följande personer deltog i mötet:", True),
        ("Ledamöter som deltog via Teams.", True),
        ("Ordföranden hälsade alla välkomna.", False),
        ("Anna Ek som var närvarande", False),  # no sentence end: an entry with a note, not an introduction
    ],
)
def test_present_intro(line: str, intro: bool) -> None:
    assert _is_present_intro(line) is intro


# "Samtliga ledamöter med undantag för ...": those named were away; an attachment and a column head of rights
# name no one.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Sammanträdesprotokoll Sida 1(18) Plats och tid Sessionssalen, Stadshuset, onsdag den 30 januari kl. "
          "14.00-16.50 Beslutande Kommunfullmäktiges samtliga ledamöter med undantag för Lars Rasch (KP), Kenneth "
          "Axelsson (M) och Brittmari Svensson (S). Övriga närvarande Jonas Fredriksson, kommunsekreterare Utses "
          "att justera Elisabeth Edlund (S)"),
         ["Jonas Fredriksson"], ["Lars Rasch", "Kenneth Axelsson", "Brittmari Svensson"]),
        ("Beslutande: Samtliga ledamöter med undantag av Anna Ek (C)\nÖvriga närvarande: Bo Berg, sekreterare",
         ["Bo Berg"], ["Anna Ek"]),
        ("Beslutande: Nämndens samtliga ledamöter förutom Cia Holm (V) och Dan Lund (L)",
         [], ["Cia Holm", "Dan Lund"]),
        # look-alike: "med undantag för" in a decision is no list
        ("Närvarande: Eva Nord (S), Gun Ås (M)\n\nBeslut: samtliga ärenden med undantag för § 4 godkändes.",
         ["Eva Nord", "Gun Ås"], []),
    ],
)
def test_everyone_but_names_the_absent(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A label glued to the date before it, as a copy that lost the line break writes it.
@pytest.mark.parametrize(
    ("text", "head", "present"),
    [
        ("Lars-Erik Rosengren, Börje Tegebro och Elsa Stigsdotter.",
         "Minnesanteckningar från mötet 2009-03-16Närvarande: Rolf Adamsson, Göran Bergström, Helena Hannus,\n",
         ["Rolf Adamsson", "Göran Bergström", "Helena Hannus", "Lars-Erik Rosengren", "Börje Tegebro",
          "Elsa Stigsdotter"]),
        ("", "Protokoll styrelsemöte 12/3Deltagare: Anna Ek, Bo Berg, Cia Holm\n",
         ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alike: a word glued to a date without a label's colon opens nothing
        ("", "Protokoll 2019-01-30Närvarande vid mötet var alla\n", []),
    ],
)
def test_label_glued_to_date(text: str, head: str, present: list[str]) -> None:
    assert _lists(text, head=head)[0] == present


# Names run together with a role in brackets after some of them, ended by the first numbered item.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (("Tomas Lidman (ordförande) Yvonne Bergman Mats Danielsson Markku Peura Katharina Prager Onita Wass "
          "Katalin Gere (sekreterare) 1 Sammanträdet öppnas Ordföranden hälsade"),
         [("Tomas Lidman", "ordförande"), ("Yvonne Bergman", None), ("Mats Danielsson", None), ("Markku Peura", None),
          ("Katharina Prager", None), ("Onita Wass", None), ("Katalin Gere", "sekreterare")]),
        # given names the lists do not know, paired two by two
        ("Ulrika Ek (ordförande) Onita Wass Katalin Gere Yrsa Lind (sekreterare)",
         [("Ulrika Ek", "ordförande"), ("Onita Wass", None), ("Katalin Gere", None), ("Yrsa Lind", "sekreterare")]),
        ("Anna Ek (ordförande) Bo Berg Cia Holm (sekreterare)",
         [("Anna Ek", "ordförande"), ("Bo Berg", None), ("Cia Holm", "sekreterare")]),
        # look-alikes: commas between the entries, a bracket that holds no role, too few persons
        ("Anna Ek (ordförande), Bo Berg, Cia Holm (sekreterare)", []),
        ("Anna Ek (lämnade mötet) Bo Berg Cia Holm (sekreterare)", []),
        ("Anna Ek (ordförande) Bo Berg", []),
    ],
)
def test_names_with_paren_roles(text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in _names_with_paren_roles(text, 0)] == people


# "Name (role)" entries grouped by country or organisation, run together.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (("Finland: Kari Mielikäinen (ordförande) Liisa Saarenmaa (styrelsemedlem, kontaktperson) Danmark: Niels "
          "Elers Koch (styrelsemedlem) Färöarna Tróndur Leivsson (observatör) NMRS Tryggvi Felixson (avdelningschef)"),
         [("Kari Mielikäinen", "Finland"), ("Liisa Saarenmaa", "Finland"), ("Niels Elers Koch", "Danmark"),
          ("Tróndur Leivsson", "Färöarna"), ("Tryggvi Felixson", "NMRS")]),
        ("Norge: Olav Berg (ledamot) Per Lie (suppleant) Sverige: Anna Ek (ledamot) Bo Berg (suppleant)",
         [("Olav Berg", "Norge"), ("Per Lie", "Norge"), ("Anna Ek", "Sverige"), ("Bo Berg", "Sverige")]),
        # look-alikes: parties in the brackets; no group anywhere (names with roles only)
        ("Sverige: Anna Ek (s) Bo Berg (m) Cia Holm (c) Dan Lund (v)", []),
        ("Anna Ek (ledamot) Bo Berg (suppleant) Cia Holm (ledamot) Dan Lund (suppleant)", []),
    ],
)
def test_grouped_roled_entries(text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.organisation) for p in _grouped_roled_entries(text, 0)] == people


# A flattened "Efternamn Förnamn" table with role cells and organisation cells shared by two rows.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (("Blomqvist Thomas ordförande Lindgrén Jan viceordförande Dannbäck Erik MNBF Dahl Bernt Forsström "
          "Birgitta Damarbete Hellström Gunnel"),
         [("Thomas Blomqvist", None, "ordförande"), ("Jan Lindgrén", None, "viceordförande"),
          ("Erik Dannbäck", "MNBF", None), ("Bernt Dahl", "MNBF", None), ("Birgitta Forsström", "Damarbete", None),
          ("Gunnel Hellström", "Damarbete", None)]),
        ("Svensson Anna ordförande Berg Karin Holm Per Lund Maria sekreterare Nyström Erik",
         [("Anna Svensson", None, "ordförande"), ("Karin Berg", None, None), ("Per Holm", None, None),
          ("Maria Lund", None, "sekreterare"), ("Erik Nyström", None, None)]),
        # look-alikes: written given name first; too few persons
        ("Anna Svensson ordförande Karin Berg Per Holm Maria Lund Erik Nyström", []),
        ("Svensson Anna ordförande Berg Karin", []),
    ],
)
def test_surname_first_run(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    assert [(p.name, p.organisation, p.role) for p in _surname_first_run(text, 0)] == people


# A parent with their children's given names and the children's group.
@pytest.mark.parametrize(
    ("line", "person"),
    [
        ("Leila Fornstedt Bouzguenda  Hampus och Kasper, Moje", ("Leila Fornstedt Bouzguenda", "Moje")),
        ("Elin Andersson Elsa, Misse", ("Elin Andersson", "Misse")),
        ("Kristin Svärd  Douglas, Fjärilen Guldvinge", ("Kristin Svärd", "Fjärilen Guldvinge")),
        ("Karin Berg Oskar och Alva, Igelkotten", ("Karin Berg", "Igelkotten")),
        # look-alikes: a three-word name with an organisation; a given name then a surname that is no child
        ("Sarah Faxby Bjerner, Vision", None),
        ("Anna Maria Lund, Växjö kommun", None),
        ("Per Svensson Lind, Kommunal", None),
    ],
)
def test_parent_with_children(line: str, person: tuple[str, str] | None) -> None:
    p = _parent_with_children(line, 0)
    assert (None if p is None else (p.name, p.organisation)) == person


# A person's initials in brackets are no organisation; a party in brackets stays a party.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Närvarande:\nBertil Strandberg ordf., (BS).\nPer Åstrand (PÅ).\nBengt Stenström, (BSt).",
         [("Bertil Strandberg", None, None), ("Per Åstrand", None, None), ("Bengt Stenström", None, None)]),
        ("Närvarande:\nSven Dahl (SD)\nKarin Dahl (KD)", [("Sven Dahl", None, "SD"), ("Karin Dahl", None, "KD")]),
        ("Närvarande:\nAnna Ek (HU)\nBo Berg (HU)", [("Anna Ek", "HU", None), ("Bo Berg", "HU", None)]),
    ],
)
def test_initials_in_brackets(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    assert [(p.name, p.organisation, p.party) for p in meeting.present] == people


# A title in lower case after the name is the person's role, not their organisation; a note or paragraph
# numbers are neither.
@pytest.mark.parametrize(
    ("line", "fields"),
    [
        ("Per Silverliden, förbundschef", (None, "förbundschef")),
        ("Johan Keijser, tillförordnad räddningschef", (None, "tillförordnad räddningschef")),
        ("Elis Holgersson, t f kommundirektör", (None, "t f kommundirektör")),
        ("Catarina Andersson, administratör", (None, "administratör")),
        ("Sune Hellberg, 2:e vice ordförande/kassör", (None, "2:e vice ordförande/kassör")),
        # look-alikes: organisations stay organisations; notes and numbers are dropped
        ("Joakim Kastemyr, Ledarna", ("Ledarna", None)),
        ("Eva Ek, socialförvaltningen", ("socialförvaltningen", None)),
        ("Bo Berg, ungdomshuset Stinsen", ("ungdomshuset Stinsen", None)),
        ("Jörn Wahlroth, ekonomichef, delvis", (None, "ekonomichef")),
        ("Lena Friborg, Växjö kommun, 107", ("Växjö kommun", None)),
    ],
)
def test_lower_case_title_is_a_role(line: str, fields: tuple[str | None, str | None]) -> None:
    meeting = extract_meeting(minutes_from_text(_HEAD + "Närvarande:\n" + line + _TAIL))[0]
    assert [(p.organisation, p.role) for p in meeting.present] == [fields]


# A local party's one or two letters among national parties are a party; among organisations, or three
# capitals and more, they stay an organisation.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Närvarande:\nAnna Ek (S)\nBo Berg (T)\nCia Holm (M)\nDan Lund (VF)",
         [("Anna Ek", None, "S"), ("Bo Berg", None, "T"), ("Cia Holm", None, "M"), ("Dan Lund", None, "VF")]),
        ("Närvarande:\nAnna Ek, HU\nBo Berg, LiU\nCia Holm, SLU",
         [("Anna Ek", "HU", None), ("Bo Berg", "LiU", None), ("Cia Holm", "SLU", None)]),
        ("Närvarande:\nAnna Ek (S)\nBo Berg (LPO)\nCia Holm (M)",
         [("Anna Ek", None, "S"), ("Bo Berg", "LPO", None), ("Cia Holm", None, "M")]),
    ],
)
def test_local_party_letters(text: str, people: list[tuple[str, str | None, str | None]]) -> None:
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    assert [(p.name, p.organisation, p.party) for p in meeting.present] == people


# Under a sub-heading of substitutes, each person is a substitute; a serving note makes them a serving one.
def test_substitutes_under_their_subheading() -> None:
    text = ("Närvarande\n\nNämndens ledamöter\nAnna Ek, ordförande (S)\nBo Berg (M)\n\nNämndens ersättare\n"
            "Cia Holm (S) tjänstgörande\nDan Lund (v)\n\nTjänstepersoner\nEva Nord, nämndsekreterare")
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    assert [(p.name, p.role) for p in meeting.present] == [
        ("Anna Ek", "ordförande"), ("Bo Berg", None), ("Cia Holm", "tjänstgörande ersättare"),
        ("Dan Lund", "ersättare"), ("Eva Nord", "nämndsekreterare")]


# A middle initial inside a name of a flattened "Name, party, role, Name, party" run belongs to the name.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Plats och tid Stadshuset kl 13.00 Beslutande Anna Ek, s, ordförande, Göran T Andersson, v "
          "Bo Berg, c Cia Holm, m Utses att justera Bo Berg"),
         ["Anna Ek", "Göran T Andersson", "Bo Berg", "Cia Holm"]),
        (("Plats och tid Stadshuset kl 13.00 Beslutande Anna Ek, s, Ulrika J. Gustafsson, m, Bo Berg, c "
          "Cia Holm, m Utses att justera Bo Berg"),
         ["Anna Ek", "Ulrika J. Gustafsson", "Bo Berg", "Cia Holm"]),
        # look-alike: a party letter in capitals before the next name is no initial of it
        (("Plats och tid Stadshuset kl 13.00 Beslutande Anna Ek, S Bo Berg, C Cia Holm, M Dan Lund, V "
          "Utses att justera Bo Berg"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
    ],
)
def test_middle_initial_in_flattened_run(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
