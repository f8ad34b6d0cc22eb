"""Attendance layouts of the ninth fresh batch of real minutes (tests/data/extra 420-428), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a double given name
written with a space after its hyphen ("Hans- Bertil"); an ordinal role after the party ("(m) 1:e v ordförande");
a local party code that is no national party ("(vl)") closing one name of a run; the attendance as an unlabelled
run of "Name, organisation" lines in the header. Each family has look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2019-01-30\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# "Hans- Bertil": a hyphen then a space inside one double name; "Kultur- och" (lower case after it) is no name.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Beslutande Tommy Cedervall (fp) ordförande Hans- Bertil Sinclair (m) vice ordförande Övriga deltagare "
         "Börje Norén, samordnare Bert- Inge Karlsson, drogsamordnare"),
         ["Tommy Cedervall", "Hans- Bertil Sinclair", "Börje Norén", "Bert- Inge Karlsson"]),
        ("Närvarande:\nAnna- Karin Lund (S)\nPer Olsson (M)\nEva Berg (C)",
         ["Anna- Karin Lund", "Per Olsson", "Eva Berg"]),
        # look-alike: a lower-case word after the hyphen joins two nouns, not two names
        ("Närvarande:\nAnna Lund, Kultur- och fritidsförvaltningen\nPer Olsson, Miljö- och hälsoskydd",
         ["Anna Lund", "Per Olsson"]),
    ],
)
def test_hyphen_space_double_name(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# An ordinal role after the party: "1:e v ordförande", "2:a vice ordförande"; the colon makes no label.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Beslutande\nTommy Cedervall (fp) ordförande\nHans Sinclair (m) 1:e v ordförande\nPer Olsson (s)",
         ["Tommy Cedervall", "Hans Sinclair", "Per Olsson"]),
        (("Beslutande Tommy Cedervall (fp) ordförande Hans Sinclair (m) 2:e vice ordförande Övriga deltagare "
         "Börje Norén, samordnare"), ["Tommy Cedervall", "Hans Sinclair", "Börje Norén"]),
        # look-alike: an organisation with a colon before its names is still read as one
        ("Närvarande:\nSocialnämnden: Anna Ek (S), Bo Berg (M)", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_ordinal_role_after_party(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A run of "Name (p)" entries where a local party code ("(vl)") closes one name: two names, not one.
def test_local_party_code_closes_a_name() -> None:
    text = ("Närvarande Agneta Niklasson (mp) vice ordförande Alma Basic (s) Angelo Alegria-Galaz (vl) "
            "Anita Jernberger (fp) Anna-Lena Sörenson (s) Levi Eckeskog (kd) ordförande Frånvarande "
            "Silvi Wigh-Senestad (m)")
    present, absent = _lists(text)
    assert present == ["Agneta Niklasson", "Alma Basic", "Angelo Alegria-Galaz", "Anita Jernberger",
                       "Anna-Lena Sörenson", "Levi Eckeskog"]
    assert absent == ["Silvi Wigh-Senestad"]


_UNLABELLED = """Marie Gustafsson ordförande, Välfärd och Folkhälsa
Johanna Karlsson, Folkhälsoförvaltningen i Karlskoga
Hanna Hansson, Sydnärkes folkhälsoteam
Maria Ståhl, ÖLIF
Majlill Persson, Laxå
Susanne Rydéhn – processledare"""


# The attendance as an unlabelled run of "Name, organisation" lines in the header, when no list is labelled.
def test_unlabelled_name_org_run() -> None:
    assert _lists(_UNLABELLED)[0] == ["Marie Gustafsson", "Johanna Karlsson", "Hanna Hansson", "Maria Ståhl",
                                      "Majlill Persson", "Susanne Rydéhn"]


@pytest.mark.parametrize(
    "text",
    [
        # too few lines: a sender and a receiver, not a list
        "Anna Ek, Socialförvaltningen\nBo Berg, Region Örebro",
        # lines that are no names: places and dates
        "Örebro Centrum, Sal 3\nStora Torget, Örebro\nNya Huset, plan 2\nGamla Vägen, Kumla",
    ],
)
def test_unlabelled_look_alikes_do_not_fire(text: str) -> None:
    assert _lists(text)[0] == []


def test_unlabelled_run_in_an_item_is_no_attendance() -> None:
    # after the header, in an item, such lines are the item's contacts
    text = "§ 1 Mötet öppnas\n\nKontaktpersoner i länet:\n\n" + _UNLABELLED.replace(" ordförande", "")
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    assert "Hanna Hansson" not in [p.name for p in meeting.present]


_LEGEND_TABLE = ("Närvarolista Ledamöter Närv (N), Frånv (F) Ja Nej Hans Andersson SON N Berit Jansson KS N "
                 "Olof Schillström PRO:s samo Gabriella Wiberg PRO:s samo N Kurt Wahlgren SPF N Jussi Böök "
                 "Finska föreningen N Inger Holmberg SPRF F Ersättare Håkan Jonsson SON N Vakant SPRF V "
                 "Gunnar Marstorp PRO:s samo")


# A presence table flattened onto one line after the legend of its marks: marked N there, F or unmarked away.
def test_flattened_table_with_mark_legend() -> None:
    present, absent = _lists(_LEGEND_TABLE)
    assert present == ["Hans Andersson", "Berit Jansson", "Gabriella Wiberg", "Kurt Wahlgren", "Jussi Böök",
                       "Håkan Jonsson"]
    assert absent == ["Olof Schillström", "Inger Holmberg", "Gunnar Marstorp"]


@pytest.mark.parametrize(
    "text",
    [
        # a legend without a table after it
        "Närvarande:\nAnna Ek (S)\nBo Berg (M)\n\nFörklaring: närv (N), frånv (F)",
        # marks after too few names
        "Närvarande: Anna Ek (S), Bo Berg (M)\nNärv (N), Frånv (F) Eva Lind N Olle Sand F",
    ],
)
def test_mark_legend_look_alikes_keep_the_lists(text: str) -> None:
    present, absent = _lists(text)
    assert present[:2] == ["Anna Ek", "Bo Berg"]
    assert "Olle Sand" not in absent


# A flattened "Plats och tid" value before the names: a place and a weekday are no person.
def test_place_and_weekday_are_no_person() -> None:
    present, _ = _lists("Plats och tid Beslutande Övriga deltagande Stora salen, Norrtälje Tisdag, 20 maj, 2014 "
                        "Susanne Bergendahl, Vårdbolaget Anna Johansson, Attendo Kerstin Söderqvist, Norrtälje kommun")
    assert "Norrtälje Tisdag" not in present
    assert "Anna Johansson" in present
