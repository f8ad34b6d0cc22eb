"""Attendance layouts and phrases of unseen minutes, read by general rules (SCHEMA.md: present/absent).

Each case is a short passage written the way real minutes put it, not a copied document.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.model import Attendee
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_lists = attendance_names


def _people(text: str) -> tuple[Attendee, ...]:
    return extract_meeting(minutes_from_text(text))[0].present


# A substitute is present; the member replaced was called but not there: absent, unless listed present.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Beslutande\nSten-Ove Danielsson, s, ordförande\nBirgitta Bolin, s, ersätter Åke Nyhlén, s\n\n§ 1 Upprop",
         ["Sten-Ove Danielsson", "Birgitta Bolin"], ["Åke Nyhlén"]),
        ("Närvarande:\nDiana Laitinen (S), tgj ers för Eva-Lena Österljung (S)\nBo Berg (M)\n\n§ 1 Upprop",
         ["Diana Laitinen", "Bo Berg"], ["Eva-Lena Österljung"]),
        # the member replaced is listed present too (came later): not absent
        ("Närvarande:\nAnna Ek (S) ersätter Bo Berg (S)\nBo Berg (S)\n\n§ 1 Upprop", ["Anna Ek", "Bo Berg"], []),
        # listed absent already: once
        ("Närvarande:\nAnna Ek (S) ersätter Bo Berg (S)\n\nFrånvarande:\nBo Berg (S)\n\n§ 1 Upprop",
         ["Anna Ek"], ["Bo Berg"]),
        # one word is no name to add
        ("Närvarande:\nAnna Ek, ersättare för ordföranden\nBo Berg\n\n§ 1 Upprop", ["Anna Ek", "Bo Berg"], []),
    ],
)
def test_replaced_member_is_absent(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# Lists of a flattened header: several labels on one line, names with notes, the last pair joined by "och",
# and the running text that follows the last name.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Protokoll från styrgruppsmöte 3 juni 2008\nNärvarande: Eva Lund (Ordförande), Per Holm, Ann Christin "
          "Berg, Kurt Ek och Lisa Sten (Sekreterare) Inbjuden: Åke Ström (pkt 6) Förhinder: Mats Dal, Bo Ling "
          "1:Mötet öppnas av ordföranden Ordförande förklarade mötet öppnat.\n"),
         ["Eva Lund", "Per Holm", "Ann Christin Berg", "Kurt Ek", "Lisa Sten", "Åke Ström"], ["Mats Dal", "Bo Ling"]),
        (("Anteckningar från arbetsgruppens möte augusti 2012\nNärvarande: Coco Dal, Magnus Ek (anteckningar), "
          "Jimmy Lund (från pass 3), Jens Mark, Emilie Vik. Lena Berg, Naturvårdsverket, deltog på telefon.\n"
          "4. Förhinder: Birgit Holm Mötet delas in i fem pass.\n"),
         ["Coco Dal", "Magnus Ek", "Jimmy Lund", "Jens Mark", "Emilie Vik", "Lena Berg"], ["Birgit Holm"]),
        # "Meddelat förhinder:" on its own line; "KK Kalmar" (abbreviation and place) is an organisation
        (("Minnesanteckningar 22 september 2015\nDeltagare:\nGunnel Lind (ordf.), KK Kalmar\nLena Arv, KK Västervik\n"
          "Meddelat förhinder:\nAnders Mart, KK Norrköping\nKopia för kännedom:\nEva Kris, centrumchef\n"
          "1. Minnesanteckningar från föregående möte\n"),
         ["Gunnel Lind", "Lena Arv"], ["Anders Mart"]),
    ],
)
def test_flattened_lists(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


def test_note_in_brackets_gives_the_role() -> None:
    people = _people("Närvarande: Eva Lund (Ordförande), Per Holm, Kurt Ek och Lisa Sten (sekreterare)\n\n1. Öppnande")
    assert [(p.name, p.role) for p in people] == [
        ("Eva Lund", "ordförande"), ("Per Holm", None), ("Kurt Ek", None), ("Lisa Sten", "sekreterare")]


# "Name (P) role (ers Name (P))" entries run together; an unknown party; a role after the party.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("PROTOKOLL 1(8)\nPlats: Konferenscenter, Tranås\nBeslutande: Maria Fors (KD) ordförande Helena Dal (C) "
          "Thomas Bo (M) (ers Maritha Jonsson (M)) Tobias Gyll (ers Mona Fors (S)) Per Sven (S)\n"
          "Ersättare: Lars-Uno Ols (S) 1:e ersättare Rachel De Basso (S) ersättare Kajsa Carl (MP) 1:e ersättare\n"
          "Övriga: Mats Bo, direktör Lena Lind, sekreterare\n\nPROTOKOLL 2(8) - Skrivelse angående läkemedel\n"),
         ["Maria Fors", "Helena Dal", "Thomas Bo", "Tobias Gyll", "Per Sven", "Lars-Uno Ols", "Rachel De Basso",
          "Kajsa Carl", "Mats Bo", "Lena Lind"],
         ["Maritha Jonsson", "Mona Fors"]),
        (("Plats och tid Borås, kl 9\nBeslutande Ulf Ols (S) ordförande Margareta Löv (M) 1-e vice ordförande "
          "Annette Carl (M) Stefan Carl (S)\nAdjungerade Jana Nils (S) Varbergs kommun Cristina Berne (KD) "
          "Anders Leijon (LPO) Crister Spe (SD)\n\n1 Val av mötesordförande\n"),
         ["Ulf Ols", "Margareta Löv", "Annette Carl", "Stefan Carl", "Jana Nils", "Cristina Berne", "Anders Leijon",
          "Crister Spe"], []),
        # a column of roles after the names; "Justering" run into the next name is no given name
        (("Protokoll 1 (6) Teknikutskottet\nBeslutande\nErsättare Eva Hall (MP) Mats Sand (S) Aina Wål (S) "
          "Åsa Jons (S) ordförande vice ordförande ersättare för Karin Anders (M) I tjänsten Justering "
          "Agneta Jons, chef landstingsservice Lars Nils, chef landstingsfastigheter\n\n15 Dagordning\n"),
         ["Eva Hall", "Mats Sand", "Aina Wål", "Åsa Jons", "Agneta Jons", "Lars Nils"], ["Karin Anders"]),
    ],
)
def test_party_entries_run_together(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


def test_party_entries_keep_party_and_substitute() -> None:
    people = _people("Beslutande: Maria Fors (KD) ordförande Thomas Bo (M) (ers Maritha Jonsson (M)) Anders Leijon (LPO)"
                     " Per Sven (S)\n\n§ 1 Upprop")
    assert [(p.name, p.party, p.organisation, p.role) for p in people] == [
        ("Maria Fors", "KD", None, "ordförande"), ("Thomas Bo", "M", None, "ersättare för Maritha Jonsson"),
        ("Anders Leijon", None, "LPO", None), ("Per Sven", "S", None, None)]


# A table "Namn Parti Närvaro" flattened into one line: "1" or "X" is present, "-" absent.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Protokoll 2021-05-10\n\nPROTOKOLL 2 (28) Närvarolista Namn Parti N ä r v a r o Reservation Anteckningar/ "
          "Tjänstgörande ersättare Ledamöter (7) "
          "Erik Berg S 1 Ordförande Anders Ågren M 1 Hans Lind S 1 Tomas Mört C - Vakant plats Nicke Grahn L 1 "
          "Patrik Nils S - Ewa-May Karl C - Övriga närvarande Mona Fjell, nämndsekreterare, Anna Pett, "
          "regiondirektör, Rachel Ny, kanslichef, Mats Sven, projekthandläggare, Liv Öberg, projekthandläggare, "
          "Terese Berg, projekthandläggare, Niklas Gan, utvecklingsplanerare, 106 Lena Fri, miljöstrateg, 107 "
          "Ärendelista Sida 86. Fastställande av ärendelistan\n"),
         ["Erik Berg", "Anders Ågren", "Hans Lind", "Nicke Grahn", "Mona Fjell", "Anna Pett", "Rachel Ny", "Mats Sven",
          "Liv Öberg", "Terese Berg", "Niklas Gan", "Lena Fri"],
         ["Tomas Mört", "Patrik Nils", "Ewa-May Karl"]),
        # a name that is no table row in between: not this layout, nothing guessed from marks
        ("Närvarande: Anna Ek S 1 Bo Berg M - och sedan Cia Holm C 1\n\n1. Öppnande", [], []),
    ],
)
def test_flattened_mark_table(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# "Name, role, Org" entries run together: a place after an organisation word, a preposition or a
# comma belongs to the organisation, not to the next name.
@pytest.mark.parametrize(
    ("line", "names"),
    [
        (("Övriga närvarande Thomas Jung, Kommunförbundet Skaraborg Per Wall, Sjuhärads Kommunalförbund "
          "Leif Jons, Sjuhärads kommunalförbund Lasse Lind, Kommunalförbundet"),
         ["Thomas Jung", "Per Wall", "Leif Jons", "Lasse Lind"]),
        (("Övriga deltagare Eva Ek, ordförande i hälso- och sjukvårdsnämnden i Trestad Mia Harr, handikappkonsulent, "
          "socialförvaltningen Pär Ceder, VD, Kungajaktmuseet Monica Alf, platschef, Kungajaktmuseet Lennart Blom, "
          "Forum Vänersborg"),
         ["Eva Ek", "Mia Harr", "Pär Ceder", "Monica Alf", "Lennart Blom"]),
    ],
)
def test_flattened_entries_with_places(line: str, names: list[str]) -> None:
    assert [p.name for p in _people(line + "\n\n1. Öppnande")] == names


# Names without commas: a run of capitalised words read as given name and surname pairs, only when it splits
# evenly; paragraph numbers between them are notes.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("SKELLEFTEÅ KOMMUN PROTOKOLL 1 (12)\nÖvriga deltagande Ulla-Britt Kuhl Catharina Söder Folke Anders "
          "Björn Tjäll 24 Lars Åberg 24 Martin Gren 24\nUtses att justera Camilla Sten\n"),
         ["Ulla-Britt Kuhl", "Catharina Söder", "Folke Anders", "Björn Tjäll", "Lars Åberg", "Martin Gren"], []),
        # a line of names run together inside a list of one name a line
        (("Protokoll 2016-12-16\nErsättare:\nInger Trodell Dahl, ordförande\nAnette Schön Erling Johansson Ulrika Björk\n"
          "Cecilia Törn\n\nJusteringens tid och plats:\n"),
         ["Inger Trodell Dahl", "Anette Schön", "Erling Johansson", "Ulrika Björk", "Cecilia Törn"], []),
        # an odd number of words is not guessed
        ("Protokoll 2016-12-16\nÖvriga deltagande Anna Maria Ek Bo Berg\n\n1. Öppnande", [], []),
    ],
)
def test_names_without_commas(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


def test_a_middle_name_after_a_role_stays() -> None:
    line = ("Övriga närvarande Eva Ek, kommunchef, Ann Christin Berg, sekreterare, Per Holm, Region Kalmar "
            "Lisa Dahl, Växjö kommun")
    assert [p.name for p in _people(line + "\n\n1. Öppnande")] == ["Eva Ek", "Ann Christin Berg", "Per Holm", "Lisa Dahl"]


@pytest.mark.parametrize(
    "line",
    [
        "Medlemmar Anna Ek och Bo Berg har lämnat föreningen",
        "Medlemmar Anna Ek Bo Berg Cia Holm Dan Ek deltog i mässan i Göteborg",
        "Ledamöter Anna Ek och Bo Berg",
    ],
)
def test_sentence_after_a_label_word_is_no_list(line: str) -> None:
    assert _lists("Protokoll 2019-03-12\n\n1. Information\n" + line + ".\n") == ([], [])


# "Name Organisation" run together, the organisation a committee or an acronym; a substitute's member absent.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Kommunala pensionärsrådet 10 april 2014\nBeslutande Lars Holm PRO, Ordförande Uno Tjern Omsorgsnämnden "
          "Susanne Sturk Humanistiska nämnden Jan Blom Kultur- och fritidsnämnden Lena Kvarn Kommunstyrelsen "
          "Vivi-Ann Vall, ers PRO för Margareta Nyberg Per Mattis Nyberg SPF\nJusterare\n"),
         ["Lars Holm", "Uno Tjern", "Susanne Sturk", "Jan Blom", "Lena Kvarn", "Vivi-Ann Vall", "Per Mattis Nyberg"],
         ["Margareta Nyberg"]),
        # parties are no organisations, and words outside the entries leave the line to other readers
        ("Beslutande Anna Ek S Bo Berg M Cia Holm Kommunstyrelsen\n\n1. Öppnande", [], []),
    ],
)
def test_name_and_committee_run_together(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
