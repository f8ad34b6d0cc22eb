"""Attendance rules from Stockholm's city and company boards (the present list with each role before its name).

- A role written capitalised before the name on the name's own line, the party after it in lower case or
  capitals: "Ordföranden Kristina Alvendal (m)", "Vice ordföranden Teres Lindberg (s)", "Verkställande
  direktören Göran Wendel" (`w.ROLES_BEFORE_NAME`): the name given name first, the role in its base form, the
  party in capitals; the list goes on after such a line.
- The list's sub-headings in the definite form on lines of their own ("Ledamöterna", "Suppleanterna",
  "Personalrepresentanten"): the list goes on below them, and they give the names under them their role.
- A present label cut by a stored copy to "ande" before a short run of names, when no other list is found.
- A full stop for the comma after a name in a flattened run of entries ("Eva-May Karlsson. Vindelns kommun").
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_STOP_AFTER_NAME, _role_before_name
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ordföranden Kristina Alvendal (m)", ("Kristina Alvendal", "M", "ordförande")),
        ("Vice ordföranden Teres Lindberg (s)", ("Teres Lindberg", "S", "vice ordförande")),
        ("Ordförande Anna Ek (s)", ("Anna Ek", "S", "ordförande")),
        ("Förste vice ordföranden Bo Berg (fp)", ("Bo Berg", "FP", "förste vice ordförande")),
        ("Verkställande direktören Göran Wendel", ("Göran Wendel", None, "verkställande direktör")),
        ("Sekreterare Karin Holm", ("Karin Holm", None, "sekreterare")),
        ("Ledamot Anna Ek (M)", ("Anna Ek", "M", "ledamot")),
        # look-alikes: no role before a name on its own line
        ("Ordföranden hälsade alla välkomna", None),
        ("Ordförande Kommunstyrelsen", None),
        ("Ordförande Region Skåne", None),
        ("ordföranden Anna Ek (s)", None),
        ("Ordföranden Anna Ek Bo Berg Karin Holm", None),
        ("Kristina Alvendal (m)", None),
    ],
)
def test_role_before_name(line: str, expected: tuple[str, str | None, str] | None) -> None:
    p = _role_before_name(line, 0)
    assert (None if p is None else (p.name, p.party, p.role)) == expected
    if p is not None:
        assert line[p.start: p.end] == p.name


_HEAD = "AB Bostäder\nSammanträde 2006-12-19\n\n"
_TAIL = "\n\nDessutom närvarade tjänstemännen vid bolaget.\n\n1 Val av justerare\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande:\n\nOrdföranden Anna Ek (m)\n\nVice ordföranden Bo Berg (s)\n\nLedamöterna\nKarin Holm (v)\n"
          "Per Lund (fp)\n\nSuppleanterna\nEva Sten (kd)\n\nPersonalrepresentanten\nOla Ström\n\n"
          "Verkställande direktören\nLena Vik"),
         ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund", "Eva Sten", "Ola Ström", "Lena Vik"]),
        ("Närvarande:\n\nOrdförande Anna Ek (S)\n\nVice ordförande Bo Berg (M)\n\nLedamöterna\nKarin Holm (V)\n",
         ["Anna Ek", "Bo Berg", "Karin Holm"]),
        ("Närvarande:\nOrdföranden Anna Ek (m)\nVice ordföranden Bo Berg (s)\nAndre vice ordföranden Per Lund (v)\n",
         ["Anna Ek", "Bo Berg", "Per Lund"]),
    ],
)
def test_role_first_lists(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == (present, [])


@pytest.mark.parametrize(
    ("name", "role"),
    [("Anna Ek", "ordförande"), ("Bo Berg", "vice ordförande"), ("Karin Holm", None), ("Eva Sten", "suppleant"),
     ("Ola Ström", "personalrepresentant"), ("Lena Vik", "verkställande direktör")],
)
def test_roles_from_definite_headings(name: str, role: str | None) -> None:
    text = ("Närvarande:\n\nOrdföranden Anna Ek (m)\n\nVice ordföranden Bo Berg (s)\n\nLedamöterna\nKarin Holm (v)\n\n"
            "Suppleanterna\nEva Sten (kd)\n\nPersonalrepresentanten\nOla Ström\n\nVerkställande direktören\nLena Vik")
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    assert {p.name: p.role for p in meeting.present}[name] == role


# A present label cut by a stored copy to its last letters ("Beslutande" -> "ande") before a short run of names in a
# flattened line: when no other list is found, the names after it are the present. Not a run of one name, nor words
# that are no names, nor a run that another list's label already reads.
_FLAT_HEAD = "Transkript\n\n1 Kommunfullmäktige Sida 1(2) Tid: Måndagen den 25 februari 2019\n\n"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("3 1(36) Plats och tid Sporren, Munkedal, måndagen den 25 februari 2019, kl ande Anna Ek (SD) Bo Berg (SD), ",
         ["Anna Ek", "Bo Berg"]),
        ("1 Protokoll Plats och tid Kommunhuset, Sala, tisdagen den 5 mars 2019 kl ande Anna Ek, Bo Berg",
         ["Anna Ek", "Bo Berg"]),
        ("3 1(36) Plats och tid Stadshuset, 25 februari 2019, kl ande: Anna Ek (S) Bo Berg (M)", ["Anna Ek", "Bo Berg"]),
        # look-alikes: one name, words that are no names, a list of its own
        ("3 1(36) Plats och tid Sporren, Munkedal, måndagen den 25 februari 2019, kl ande Anna Ek (SD), ", []),
        ("3 1(36) Plats och tid Sporren, Munkedal, måndagen den 25 februari 2019, kl ande Region Skåne Växjö Kommun", []),
        (("Närvarande: Karin Holm, Per Lund\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
          "Plats och tid Sporren, den 25 februari 2019, kl ande Anna Ek (S) Bo Berg (M)"), ["Karin Holm", "Per Lund"]),
    ],
)
def test_cut_present_label(text: str, present: list[str]) -> None:
    assert attendance_names(text, head=_FLAT_HEAD, tail="\n\n§ 1 Val av justerare\n") == (present, [])


# A full stop misread or mistyped for the comma after a name inside a flattened run of entries ("Eva-May Karlsson.
# Vindelns kommun, vice ordförande Johan Söderling"): read as a comma, so the run is no sentence that ends the list.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lars Bäckström, Robertsfors kommun Eva-May Karlsson. Vindelns kommun",
         "Lars Bäckström, Robertsfors kommun Eva-May Karlsson, Vindelns kommun"),
        ("Anders Edlund, Nils-Erik Edlund. S Stina Munters", "Anders Edlund, Nils-Erik Edlund, S Stina Munters"),
        # look-alikes: a sentence's stop after a place, a lower-case word after the stop, an abbreviation
        ("sammanträdet hölls i Växjö. Mötet öppnades", "sammanträdet hölls i Växjö. Mötet öppnades"),
        ("Anna Ek. mötet öppnades", "Anna Ek. mötet öppnades"),
        ("Bo Berg ordf. Karin Holm", "Bo Berg ordf. Karin Holm"),
    ],
)
def test_stop_after_name(text: str, expected: str) -> None:
    assert _RX_STOP_AFTER_NAME.sub(r"\1,", text) == expected


@pytest.mark.parametrize(
    ("line", "present"),
    [
        (("1 Regionrådet Dag Tid Plats ande Sikeå Konferens Anna Ek, Bjurholms kommun Bo Berg, Nordmalings kommun "
          "Karin Holm. Vindelns kommun, vice ordförande Per Lund, Vännäs kommun, ordförande Övriga deltagande Eva Sten, "
          "Umeå kommun Ola Ström, sekreterare"),
         ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund", "Eva Sten", "Ola Ström"]),
        (("1 Protokoll Plats och tid Kommunhuset kl 13.00 Ledamöter Anna Ek, Bo Berg, Karin Holm. Per Lund, Eva Sten "
          "Övriga deltagare Ola Ström, sekreterare"),
         ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund", "Eva Sten", "Ola Ström"]),
    ],
)
def test_stop_after_name_in_flattened_list(line: str, present: list[str]) -> None:
    assert attendance_names(line, head="Transkript\n\n", tail="\n\n§ 1 Val av justerare\nAnna Ek valdes.\n") == (
        present, [])
