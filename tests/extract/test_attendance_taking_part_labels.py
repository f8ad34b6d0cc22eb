""""Deltagande ledamöter" labels the members present, also inside a flattened line after the minutes' opening
words ("... Kungsbron 1, Stockholm Deltagande ledamöter Laila Freivalds, ordförande Per Andersson ...
Frånvarande ledamöter Helena Peilot Hans Wolf-Watz") (planner.extract.attendance). Look-alikes: the words in
prose, lower case ("de deltagande ledamöterna fick ordet") open no list."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsen 4 juni 2003\n\n"


def people(body: str) -> tuple[list[str], list[str]]:
    m = extract_text(minutes_from_text(HEAD + body)).meeting
    return [a.name for a in m.present], [a.name for a in m.absent]


def test_inside_a_flattened_line() -> None:
    present, absent = people(
        "1 Protokoll fört vid sammanträdet med styrelsen den 4 juni 2003 Mötet genomfördes på stiftelsens kansli, "
        "Kungsbron 1, Stockholm Deltagande ledamöter Laila Freivalds, ordförande Per Andersson Harry Frank "
        "Christer Karlsson Gudmund Larsson Karin Markides Frånvarande ledamöter Helena Peilot Hans Wolf-Watz "
        "Deltagare från kansliet Staffan Normark, VD Björn Brandt, vice VD 1 Fastställande av dagordning Den utsända dagordningen godkändes.\n")
    assert present == ["Laila Freivalds", "Per Andersson", "Harry Frank", "Christer Karlsson", "Gudmund Larsson",
                       "Karin Markides", "Staffan Normark", "Björn Brandt"]
    assert absent == ["Helena Peilot", "Hans Wolf-Watz"]


def test_on_a_line_of_its_own() -> None:
    present, _ = people("Deltagande ersättare: Bo Berg, Cia Holm\n\n§ 1 Mötet öppnades.\n")
    assert present == ["Bo Berg", "Cia Holm"]


def test_prose_opens_no_list() -> None:
    present, _ = people("§ 1 Mötet öppnades. De deltagande ledamöterna Bo Berg och Cia Holm fick ordet.\n")
    assert present == []


def test_staff_who_took_part() -> None:
    present, _ = people(
        "Deltagare från kansliet Staffan Normark, VD Björn Brandt, vice VD, sekr Anders Sjölund, planeringschef "
        "Olle Edqvist Karl-Olov Fentorp Inger Florin\n\n1 Fastställande av dagordning Dagordningen godkändes.\n")
    assert present == ["Staffan Normark", "Björn Brandt", "Anders Sjölund", "Olle Edqvist", "Karl-Olov Fentorp",
                       "Inger Florin"]
