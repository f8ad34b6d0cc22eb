"""A scanned copy flattened to one long line whose label words were misread ("Niirvarande ledamoter", "Anrniilt
forhinder", "Ovriga niirvarande"): once the labels are read right the line is cut at them, so each list is read
for itself. A note of absence for part of the meeting after a name ("Friinvarande under del av punkt 7", "Frånvarande
under punkt 3") is no label, misread or not.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import label_of
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

LETTERHEAD = ("2018-12-12 Box 27215, 102 53 Stockholm Tel: 08 519 264 00 www.kulturradet.se Sid 1 (7) Protokoll fort "
              "vid Kulturradets styrelsemote 2018-12-12 ")


def attendance(line: str) -> tuple[list[str], list[str]]:
    meeting = extract_meeting(minutes_from_text(LETTERHEAD + line + "\n\n1 Faststallande av foredragningslista\n"))[0]
    return [p.name for p in meeting.present], [p.name for p in meeting.absent]


@pytest.mark.parametrize(("line", "present", "absent"), [
    (("Niirvarande ledamoter Ulrika Stuart Hamilton, ordforande. Anrniilt forhinder Malena Ernman Ovriga niirvarande "
     "Signe Westin, sekreterare Martin Rickardsson, personalforetradare"), ["Ulrika Stuart Hamilton", "Signe Westin",
                                                                           "Martin Rickardsson"], ["Malena Ernman"]),
    (("Narvarande ledamoter Bo Netz, vice ordforande Anna Sparrman, ledamot Franvarande Malena Ernman, ledamot Ovriga "
     "deltagare Signe Westin, sekreterare"), ["Bo Netz", "Anna Sparrman", "Signe Westin"], ["Malena Ernman"]),
    ("Niirvarande Bo Netz, ordforande Kjell Englund, ledamot Anmalt forhinder Malena Ernman, ledamot",
     ["Bo Netz", "Kjell Englund"], ["Malena Ernman"]),
    (("Niirvarande ledamoter Ulrika Stuart Hamilton, ordforande. Friinvarande under del av punkt 7 och 8-10. "
     "Anrniilt forhinder Malena Ernman Ovriga niirvarande Signe Westin, sekreterare"),
     ["Ulrika Stuart Hamilton", "Signe Westin"], ["Malena Ernman"]),
    (("Narvarande ledamoter Anna Ek, ordforande Bo Berg, ledamot Ovriga narvarande Cia Holm, sekreterare Dan Lind, "
     "controller Anrnalt forhinder Eva Lund, ledamot"), ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lind"], ["Eva Lund"]),
])
def test_misread_labels_cut_the_line(line: str, present: list[str], absent: list[str]) -> None:
    found_present, found_absent = attendance(line)
    assert all(n in found_present for n in present)
    assert found_absent == absent


@pytest.mark.parametrize("text", [
    "Frånvarande under del av punkt 7 och 8-10. Kjell Englund",
    "Frånvarande under punkt 3 Kjell Englund",
    "Närvarande under § 5-7 Kjell Englund",
])
def test_note_of_part_absence_is_no_label(text: str) -> None:
    assert label_of(text, colon_required=False) is None
