"""A row of a name, an organisation and a second name of that organisation: "Gull-Britt Nilsson    Skåneländska
Gastronomiska Akademiens Vänförening    Inger Stiljtestrand Svensson".

A table of attendees by organisation, flattened to text, may put the organisation's cell between two persons'
names when it spans their rows: the name after it is a second person of that organisation, not lost. The third
cell must be a bare name beginning with a known given name and the middle one an organisation (a word or ending of
one, its first word no given name). Look-alikes: a mark, a role or a name in the middle, and a role in the last
cell, stay as they were read.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries
from tests.extract.attendance_lists import attendance_names


def test_second_name_in_list() -> None:
    text = ("Närvarande:\nGunnar Forssell     Gastronomiska Akademien\nRalph Edenheim\n"
            "Gull-Britt Nilsson    Skåneländska Gastronomiska Akademiens Vänförening    Inger Stiljtestrand Svensson\n"
            "Birgitta Rasmusson     Västra Gastronomiska Akademien\n")
    assert attendance_names(text, head="Protokoll nätverksmöte 2006-10-13\n\n",
                            tail="\n1    VÄLKOMSTHÄLSNING\nAlla hälsades välkomna.\n")[0] == [
        "Gunnar Forssell", "Ralph Edenheim", "Gull-Britt Nilsson", "Inger Stiljtestrand Svensson",
        "Birgitta Rasmusson"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Gull-Britt Nilsson    Skåneländska Gastronomiska Akademiens Vänförening    Inger Stiljtestrand Svensson",
         [("Gull-Britt Nilsson", "Skåneländska Gastronomiska Akademiens Vänförening"),
          ("Inger Stiljtestrand Svensson", "Skåneländska Gastronomiska Akademiens Vänförening")]),
        ("Anna Ek    Lunds kommun    Bo Berg", [("Anna Ek", "Lunds kommun"), ("Bo Berg", "Lunds kommun")]),
        # look-alikes
        ("Anna Ek    Region Skåne    Ja", [("Anna Ek", "Region Skåne")]),  # a mark
        ("Anna Ek    Lunds kommun    Ordförande", [("Anna Ek", "Lunds kommun")]),  # a role
        ("Anna Ek    Karin Lund    Bo Berg", [("Anna Ek", None), ("Karin Lund", None), ("Bo Berg", None)]),  # names
    ],
)
def test_second_name_after_org(text: str, read: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.organisation) for p in _line_entries(text, 0, set(), False)] == read
