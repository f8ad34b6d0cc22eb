"""Attendance rules from regional and municipal minutes (docplayer transcripts of flattened PDF headers).

- A flattened run of "Name (PARTY)" entries where a local party's code in capitals closes a name before the next
  name ("Sverre Ahlbom (S) Anders Wikman (NE) Anders Lindén (SD)"): two entries, not one name "Sverre Ahlbom
  Anders Wikman" (`_partied_entries`). Not split: a substitute's member after "ersätter", a bracket with no
  given name after it.
- "tjg. för" (tjänstgörande för, abbreviated with a full stop) before the member a substitute stands in for, as
  "tjg för" is read: "Hasse Andersson (S) tjg. för Björn Norberg (S)".
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _partied_entries, _person, _run_together
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        ("Sverre Ahlbom (S) Anders Wikman (NE) ", ["Sverre Ahlbom (S)", "Anders Wikman (NE)"]),
        ("Kajsa Nilsson (M) Ingela Nordhall (AD) ", ["Kajsa Nilsson (M)", "Ingela Nordhall (AD)"]),
        ("Anna Ek (S) Bo Berg (SPI) Karin Holm (kd)", ["Anna Ek (S)", "Bo Berg (SPI)", "Karin Holm (kd)"]),
        # look-alikes: one entry
        ("Magnus Forsberg (L) ersätter Per Olofsson (C)", ["Magnus Forsberg (L) ersätter Per Olofsson (C)"]),
        ("Peter Roslund (S) Kf", ["Peter Roslund (S) Kf"]),
        ("Anna Ek (S) Regionens Hus (RH)", ["Anna Ek (S) Regionens Hus (RH)"]),
        ("Anna Ek, ordförande Bo Berg (M)", ["Anna Ek, ordförande Bo Berg (M)"]),
    ],
)
def test_partied_entries(text: str, entries: list[str]) -> None:
    assert [text[s:e].strip() for s, e in _partied_entries(text, 0, len(text))] == entries


@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("Hasse Andersson (S) tjg. för Björn Norberg (S)", "Hasse Andersson", "ersättare för Björn Norberg"),
        ("Daniel Mörner (M) tjg.för Dan Björk (M)", "Daniel Mörner", "ersättare för Dan Björk"),
        ("Bo Berg (M) tjg för Anna Ek (M)", "Bo Berg", "ersättare för Anna Ek"),
        ("Bo Berg (M), tjg. ersättare", "Bo Berg", "tjg. ersättare"),
    ],
)
def test_abbreviated_serving_for(entry: str, name: str, role: str) -> None:
    p = _person(entry, 0)
    assert p is not None and (p.name, p.role) == (name, role)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Beslutande Anna Ek (S), ordförande Sverre Ahlbom (S) Anders Wikman (NE) Anders Lindén (SD)\n",
         ["Anna Ek", "Sverre Ahlbom", "Anders Wikman", "Anders Lindén"], []),
        (("Beslutande Mikael Berglund (M), ordförande Paula Örn (S) Hasse Andersson (S) tjg. för Björn Norberg (S) "
          "Peter Rosengren (MP)\n"),
         ["Mikael Berglund", "Paula Örn", "Hasse Andersson", "Peter Rosengren"], ["Björn Norberg"]),
    ],
)
def test_lists(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(text, head="Kommunstyrelsen\nProtokoll 2019-01-15\n\n",
                            tail="\n\n§ 1 Val av justerare\n") == (present, absent)


# "Icke deltagande:" ("icke" for "ej"), an absent list's label; not a present one ("Deltagande:").
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Deltagande: Karin Näslund, ordförande, Rune Hedman, Leif Hällström\nIcke deltagande: Inger Sjöberg Mats Hallor\n",
         ["Karin Näslund", "Rune Hedman", "Leif Hällström"], ["Inger Sjöberg", "Mats Hallor"]),
        ("Närvarande: Anna Ek, Bo Berg\nIcke närvarande: Karin Holm\n", ["Anna Ek", "Bo Berg"], ["Karin Holm"]),
        ("Närvarande: Anna Ek, Bo Berg\nInte deltagande: Karin Holm, Per Lund\n", ["Anna Ek", "Bo Berg"],
         ["Karin Holm", "Per Lund"]),
        # look-alike: a present label
        ("Deltagande: Anna Ek, Bo Berg\nÖvriga deltagande: Karin Holm\n", ["Anna Ek", "Bo Berg", "Karin Holm"], []),
    ],
)
def test_icke_label(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(text, head="Styrelsen\nProtokoll 2021-04-21\n\n",
                            tail="\n\n1. Sammanträdets öppnande\nOrdförande öppnar mötet.\n") == (present, absent)


# A note in brackets after the last name of a comma run, at the line's end: the name closes there (not the
# organisation of the entry before).
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Deltagande: Karin Näslund, ordförande, Rune Hedman, Hans Granlund, Lars-Gunnar Borg (punkt 3)\n",
         ["Karin Näslund", "Rune Hedman", "Hans Granlund", "Lars-Gunnar Borg"]),
        ("Närvarande: Anna Ek, ordförande, Bo Berg, sekreterare, Per Lund, Karin Holm (delvis)\n",
         ["Anna Ek", "Bo Berg", "Per Lund", "Karin Holm"]),
        ("Närvarande: Anna Ek, ordförande, Bo Berg, Per Lund, Karin Holm (från punkt 4)\n",
         ["Anna Ek", "Bo Berg", "Per Lund", "Karin Holm"]),
        # look-alike: a name and its organisation
        ("Närvarande: Anna Ek, ordförande, Bo Berg, Region Halland\n", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_note_after_last_name(text: str, present: list[str]) -> None:
    assert attendance_names(text, head="Styrelsen\nProtokoll 2021-04-21\n\n",
                            tail="\n\n1. Sammanträdets öppnande\nOrdförande öppnar mötet.\n")[0] == present


# "Närvarorätt" (those with a right to attend) run into the first name of its group by a flattened header: the
# label, not a given name.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Ledamöter Mats Eriksson (m) ordförande Göran Karlsson (c) Dan Skantz (s) Närvarorätt Inge Pettersson (c)\n",
         ["Mats Eriksson", "Göran Karlsson", "Dan Skantz", "Inge Pettersson"]),
        ("Ledamöter Mats Eriksson (m) ordförande Göran Karlsson (c) Närvarorätt Inge Pettersson (c) Bo Berg (s)\n",
         ["Mats Eriksson", "Göran Karlsson", "Inge Pettersson", "Bo Berg"]),
        # look-alike: no rights word before the name
        ("Ledamöter Mats Eriksson (m) ordförande Göran Karlsson (c) Inge Pettersson (c)\n",
         ["Mats Eriksson", "Göran Karlsson", "Inge Pettersson"]),
    ],
)
def test_rights_label_before_name(text: str, present: list[str]) -> None:
    assert attendance_names(text, head="Landstingsstyrelsen\nProtokoll 2003-12-08\n\n",
                            tail="\n\n§ 1 Val av justerare\n")[0] == present


@pytest.mark.parametrize(
    ("entry", "name"),
    [("Närvarorätt Inge Pettersson (c)", "Inge Pettersson"), ("Närvarorätt Anna Ek", "Anna Ek"),
     ("Närvarande Anna Ek", "Anna Ek"), ("Nära Ek", "Nära Ek")],
)
def test_rights_word_before_entry(entry: str, name: str) -> None:
    p = _person(entry, 0)
    assert p is not None and p.name == name


# A page's number ("1 (16)": page 1 of 16) after the last entry, where a flattened page ends: not part of the list.
@pytest.mark.parametrize(
    ("tail", "present"),
    [
        ("Mona Boström Anette Henriksson Rune Lejon landstingsdirektör ekonomidirektör, sekreterare 1 (16)",
         ["Mona Boström", "Anette Henriksson", "Rune Lejon"]),
        ("Mona Boström Anette Henriksson Rune Lejon landstingsdirektör ekonomidirektör, sekreterare 2(8)",
         ["Mona Boström", "Anette Henriksson", "Rune Lejon"]),
        ("Mona Boström, ekonomidirektör, Rune Lejon, sekreterare 1 (4)", ["Mona Boström", "Rune Lejon"]),
        # look-alike: no page number
        ("Mona Boström Anette Henriksson Rune Lejon landstingsdirektör ekonomidirektör, sekreterare",
         ["Mona Boström", "Anette Henriksson", "Rune Lejon"]),
    ],
)
def test_page_number_after_list(tail: str, present: list[str]) -> None:
    text = ("Ledamöter Anna Ek (s) ordförande Bo Berg (m) Jenny Emnér (s) Närvarorätt Inge Pettersson (c) Tjänstemän "
            + tail + "\n")
    assert attendance_names(text, head="Landstingsstyrelsen\nProtokoll 2003-12-08\n\n",
                            tail="\n\n§ 1 Val av justerare\n")[0] == ["Anna Ek", "Bo Berg", "Jenny Emnér",
                                                                      "Inge Pettersson", *present]


# A group's heading run into the names of a flattened column ("Ledamöter Lars-Åke Gustavsson Lisbeth Arff ..."):
# no part of the first name.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ledamöter Lars-Åke Gustavsson Lisbeth Arff Bo Andersson Birgit Strömberg",
         ["Lars-Åke Gustavsson", "Lisbeth Arff", "Bo Andersson", "Birgit Strömberg"]),
        ("Ersättare Anna Ek Bo Berg Karin Holm", ["Anna Ek", "Bo Berg", "Karin Holm"]),
        ("Anna Ek Bo Berg Tjänstemän Karin Holm Per Lund", ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund"]),
        # look-alike: no heading word
        ("Lars-Åke Gustavsson Lisbeth Arff Bo Andersson", ["Lars-Åke Gustavsson", "Lisbeth Arff", "Bo Andersson"]),
    ],
)
def test_heading_in_names_run(text: str, names: list[str]) -> None:
    assert [p.name for p in _run_together(text, 0)] == names


# Group headings in the definite form ("Ledamöterna", "Suppleanterna", "Ersättarna") between the names of a present
# list: headings, no names.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande:\n\nKristina Alvendal (m)\n\nLedamöterna\nAnn Mari Engel (v)\nUlf Fridebäck (fp)\n\n"
          "Suppleanterna\nAnders Broberg (kd)\n"),
         ["Kristina Alvendal", "Ann Mari Engel", "Ulf Fridebäck", "Anders Broberg"]),
        ("Närvarande:\n\nAnna Ek (s)\n\nLedamöterna\nBo Berg (m)\n\nErsättarna\nKarin Holm (v)\n",
         ["Anna Ek", "Bo Berg", "Karin Holm"]),
        # look-alike: the indefinite forms, read as before
        ("Närvarande:\n\nAnna Ek (s)\n\nLedamöter\nBo Berg (m)\n\nErsättare\nKarin Holm (v)\n",
         ["Anna Ek", "Bo Berg", "Karin Holm"]),
    ],
)
def test_definite_group_headings(text: str, present: list[str]) -> None:
    assert attendance_names(text, head="Styrelsen\nProtokoll 2006-12-19\n\n",
                            tail="\n\n§ 1 Val av justerare\n")[0] == present
