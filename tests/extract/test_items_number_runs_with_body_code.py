"""A register's numbers written with the body's code, run together before their titles: "Register SON 108
SON 109 SON 110 SON 111 Information. Hemtjänst i egen regi Vuxensam rapportering. Missbruks och
beroendevården Uppdrag - ytterligare insatser ... Information. Heltid som norm".

As "Sak 01/2007 Sak 02/2007 ..." already did, three marks or more written alike, counting up one at
a time with only space between, make the run, and the text after them holds their titles. The
body's code in capitals ("SON", "KS", "BUN") stands for the word. Look-alikes: marks with different
codes ("KS 12 AU 13 SN 14") and a run of two make no run.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_FRONT = ("1 Socialnämnden 20 september 2017\n\n2 SON 2017/27 Plats och tid Rådhuset, Dagö, 20 september 2017, "
          "klockan 09.00 Närvarande Beslutande Maria Björkman, Ordförande (S) Monika Eriksson, 1:e vice ordförande "
          "(V) Jonas Niklasson, 2:e vice ordförande (C) Andreas Gudinge (S), tjg ersättare André Friberg (S), tjg "
          "ersättare Åke Hansson (S), tjg ersättare Karin Wizén (V) Lena Stenström (MP), Anders Nordgren (MP), tjg "
          "ersättare Ola Lindvall (C) Ann-Christin Wallin (C) Matts Hedström (M) Margareta Benneck (M) Övriga "
          "Marica Gardell, socialdirektör, Helena Eskedahl, nämndsekreterare, Anna-Lena Gutedal, ekonomichef\n\n")
_TITLES = (" Information. Hemtjänst i egen regi Vuxensam rapportering. Missbruks och beroendevården Uppdrag - "
           "ytterligare insatser för barn, unga och deras familjer inom Barnsamarbetet Information. Heltid som norm "
           "Insatser för att behålla och utveckla kompetens samt att rekrytera till bristyrken och vidare framåt i "
           "arbetet med att göra nämndens verksamheter till attraktiva arbetsplatser för alla yrkesgrupper\n")


def _numbered(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2017-09-20")[0] if number]


def test_run_of_marks_with_the_body_code() -> None:
    text = _FRONT + "3 SON 2017/27 Register SON 108 SON 109 SON 110 SON 111" + _TITLES
    assert [n for n, _ in _numbered(text)] == ["108", "109", "110", "111"]
    assert _numbered(text)[:2] == [("108", "Information. Hemtjänst i egen regi"),
                                   ("109", "Vuxensam rapportering. Missbruks och beroendevården")]


@pytest.mark.parametrize("marks", ["KS 108 AU 109 SN 110 BUN 111", "SON 108 SON 109"])
def test_no_run(marks: str) -> None:
    text = _FRONT + "3 SON 2017/27 Register " + marks + _TITLES
    assert not any(n in ("108", "109", "110") for n, _ in _numbered(text))
