"""Officials run together as "Name title, Name title, ...", perhaps after members with their parties.

A flattened "Tjänstemän" column follows the members (with parties) on one line and writes each official's
title after the name, the officials parted by commas or a full stop: "Hans J Werner (fp) Annika Andersson
omsorgschef, Lotta Tyrberg MAS, Carl Johan Tykesson chef för adm och utv, Maria Elfblad verksamhetschef, Iréne
Persson nämndsekreterare. Catarina Harden Controller". Each name is read with its title as role, a title in
capitals ("MAS") kept as written; the members before are read as before.

Look-alikes: fewer than three officials, titles that are prose or places, a party's code after a name, and a
run that does not begin in the first piece read no officials by this rule.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _comma_officials
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2015-06-23\n\n", tail="\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (("Hans J Werner (fp) Annika Andersson omsorgschef, Lotta Tyrberg MAS, Carl Johan Tykesson chef för adm och "
          "utv, Maria Elfblad verksamhetschef, Iréne Persson nämndsekreterare. Catarina Harden Controller"),
         [("Annika Andersson", "omsorgschef"), ("Lotta Tyrberg", "MAS"), ("Carl Johan Tykesson", "chef för adm och utv"),
          ("Maria Elfblad", "verksamhetschef"), ("Iréne Persson", "nämndsekreterare"),
          ("Catarina Harden", "controller")]),
        ("Anna Berg förvaltningschef, Per Lund ekonom, Eva Ek dietist",
         [("Anna Berg", "förvaltningschef"), ("Per Lund", "ekonom"), ("Eva Ek", "dietist")]),
        # look-alikes
        ("Anna Berg förvaltningschef, Per Lund ekonom", []),
        ("Anna Berg hälsade alla välkomna, Per Lund berättade om planen, Eva Ek tackade för idag", []),
        ("Anna Berg Stockholm, Per Lund Göteborg, Eva Ek Malmö", []),
        ("Anna Berg KD, Per Lund MP, Eva Ek SD", []),
        ("Till mötet kom, Anna Berg förvaltningschef, Per Lund ekonom, Eva Ek sekreterare", []),
        ("Anna Berg dietist, Per Lund kurator, Eva Ek ekonom", []),
    ],
)
def test_officials_name_then_title_with_commas(text: str, read: list[tuple[str, str]]) -> None:
    found = _comma_officials(text, 10)
    people = found[2] if found else []
    assert [(p.name, p.role) for p in people] == read
    assert all(text[p.start - 10: p.end - 10] == p.name for p in people)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Övriga närvarande\nJonny Holst (s) Hans J Werner (fp) Annika Andersson omsorgschef, Lotta Tyrberg MAS, "
          "Maria Elfblad verksamhetschef, Iréne Persson nämndsekreterare"),
         ["Jonny Holst", "Hans J Werner", "Annika Andersson", "Lotta Tyrberg", "Maria Elfblad", "Iréne Persson"]),
    ],
)
def test_officials_with_commas_after_members(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
