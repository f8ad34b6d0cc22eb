"""A flattened presence table of members and their personal substitutes, name then mark ("Ingvar Björling, ordf X").

"Ordinarie ledamot Närv. Suppleant, personlig ersättare Närv." flattened row by row gives each member, their mark,
then their substitute and the substitute's mark; the vice chair on the third row shows it. A substitute marked with
a dash was not called and is in neither list; a member marked so was not there. The column heads of the next part
("Namn Närv. Funktion") may end the rows; that part's rows are name, mark and a capitalised function ("Gun-Britt
Lyngander - Kfge-ordf."). Look-alikes: a plain table of five members (no substitutes: every dash is absent) and
a name list with dashes between names.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _name_mark_function_run, _name_mark_table
from tests.extract.attendance_lists import attendance_names

GETA = ("Tid och plats 7 april 2021 Klockan 18: Plats: Kommunkansliet Ordinarie ledamot Närv. Suppleant, personlig "
        "ersättare Närv. Beslutande Ingvar Björling, ordf X Kim Björling - Gunnel Nordlund-White, vice ordf - "
        "Emilia Karlsson - Kjell Berndtsson X Erika Berndtsson-Öhberg - Helena Martinsson X Tryggve Sundblom - "
        "Ramona Jansson-Eker X Linda-Marie Bladh - Namn Närv. Funktion Övriga Gun-Britt Lyngander - Kfge-ordf. "
        "Dan-Johan Dahlblom - Kfge-vice ordf. Gustav Blomberg X Kommundirektör Paragrafer Underskrifter\n\n"
        "§ 48 Laglighet och beslutförhet")


def test_members_and_substitutes_row_by_row() -> None:
    present, absent = attendance_names(GETA)
    assert sorted(present) == sorted(["Ingvar Björling", "Kjell Berndtsson", "Helena Martinsson",
                                      "Ramona Jansson-Eker", "Gustav Blomberg"])
    assert sorted(absent) == sorted(["Gunnel Nordlund-White", "Gun-Britt Lyngander", "Dan-Johan Dahlblom"])


def test_members_only() -> None:
    people = _name_mark_table("Ingvar Björling, KST-ordförande X Kjell Berndtsson, KST-viceordförande X Camilla "
                              "Andersson - Gerd Bergman X Gunnel Nordlund-White X", 0)
    assert [(p.name, p.mark) for p in people] == [("Ingvar Björling", True), ("Kjell Berndtsson", True),
                                                  ("Camilla Andersson", False), ("Gerd Bergman", True),
                                                  ("Gunnel Nordlund-White", True)]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Holm - Bo Berg - Karin Ek - Per Lund",  # dashes between names, no function
        "Anna Holm X Ordförande Bo Berg - Ledamot och annat Karin Ek",  # other text among the rows
    ],
)
def test_not_name_mark_function_rows(text: str) -> None:
    assert _name_mark_function_run(text, 0) == []
