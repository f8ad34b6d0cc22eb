"""A flattened presence table with the mark column before the names ("x Fagerholm Thommy, ordf.", "- Lignell, Maj-Gun").

Åland protocols put an "x" (there) or a dash (not there) before each person, written surname first with or without
a comma, a role after a comma. The mark belongs to the name after it. A row whose mark was lost, and an empty row
"- -", is in neither list. A table of members and their personal substitutes flattened column by column (the chair
on the first row, the vice chair on the second) has the substitutes in its second half; a substitute marked with a
dash was not called and is in neither list, one marked "x" came. A capitalised label ("Föredragande") after a row
begins another table. Look-alikes: dashes between names and times ("- 18:40"), a dash list of names without marks,
and a run with fewer than four marks are no such table.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _mark_first_rows
from tests.extract.attendance_lists import attendance_names

SALTVIK = ("Sammanträdesplats Beslutande Kommungården i Nääs x Fagerholm Thommy, ordf. x Lindgrén Jan, viceordf. "
           "x Ahlqvist Annika x Fagerholm-Sjöblom Silvana x Hampf Berit x Lindblom Jörgen fr x Linde Guy "
           "- Waldron Christopher - Danielsson Peter - - Jansson Benitha - Donalds Eva - Mörn Klas - Lundberg Bror "
           "Övriga närvarande x Häggblom Bert, kommunfullmäktiges ordförande - Karlsson Runar, kommunfullmäktiges "
           "viceordförande x Larsson Patrik, bildningschef östra kl Cecilia Berndtsson, socialsekreterare "
           "- Nordback Erik, byggnadsinspektör x Laaksonen Jessica, sekreterare Paragrafer Underskrifter\n\n"
           "§ 117 Konstatera laglighet och beslutförhet")
FINSTROM = ("Sammanträdestid kl Beslutande Kommunkansliet, sammanträdesrummet x Höglund, Roger, ordförande "
            "x Lycke, Per, viceordf x Lindblom, Regina,andre vice, Haupt, Charlotta x Karlsson, Rolf x Randelin, "
            "Bernt - Lignell, Maj-Gun - Danielsson, Roland - Laaksonen, Leena - Lundberg, Kristina x Söderlund, "
            "Rigmor - Sirén, Gustav - Wiktorsson, Åke x Ekebom, Jana Föredragande x Oriander Niklas, vik. "
            "kommundirektör Övriga närvarande x Mattsson, Lars-Åke, kommunfullmäktiges ordförande 20:20 x Josefsson, "
            "Boel, ekonomichef, - 18:40 x Rosenberg-Mattsson, Inger, skoldirektör, - 18:00 x Lundberg, Håkan, "
            "19:15-19:25 Paragrafer Underskrifter\n\n§ 367 Konstatera laglighet och beslutförhet")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (SALTVIK,
         ["Thommy Fagerholm", "Jan Lindgrén", "Annika Ahlqvist", "Silvana Fagerholm-Sjöblom", "Berit Hampf",
          "Jörgen Lindblom", "Guy Linde", "Bert Häggblom", "Patrik Larsson", "Jessica Laaksonen"],
         ["Runar Karlsson", "Erik Nordback"]),
        (FINSTROM,
         ["Roger Höglund", "Per Lycke", "Regina Lindblom", "Rolf Karlsson", "Bernt Randelin", "Rigmor Söderlund",
          "Jana Ekebom", "Niklas Oriander", "Lars-Åke Mattsson", "Boel Josefsson", "Inger Rosenberg-Mattsson",
          "Håkan Lundberg"],
         ["Maj-Gun Lignell"]),
    ],
)
def test_marks_before_names(text: str, present: list[str], absent: list[str]) -> None:
    got_present, got_absent = attendance_names(text)
    assert sorted(got_present) == sorted(present)
    assert sorted(got_absent) == sorted(absent)


@pytest.mark.parametrize(
    "text",
    [
        "x Mattsson, Lars-Åke, ordförande 20:20 x Josefsson, Boel, ekonomichef, - 18:40",  # too few marks
        "Anna Holm - Bo Berg - Karin Ek - Per Lund - Eva Ström",  # dashes between names: the first has no mark
        "x Holm, Anna x Berg, Bo x ekonomichefen samt x Ek, Karin x Lund, Per",  # other text among the rows
    ],
)
def test_not_marks_before_names(text: str) -> None:
    assert _mark_first_rows(text, 0) == []
