"""A present list one entry to a line, each name's organisation on the line under it.

"Närvarande:" / "Mona Svegås ordf." / "Kommunstyrelsen, Hälso och Sjukvårdsnämnden" / "Gun Broberg-Hansson" /
"Kommunstyrelsen" / "Birgit Ekholm" / "Miljö och Byggnadsnämnden" / "Andreas Roos" / "Miljö och
Hälsoskyddskontoret" / ...: the lines take turns, a name (perhaps with its role) and an organisation. The
organisation line is the name's organisation, no person, and the list goes on after it (before, "Miljö och
Byggnadsnämnden", no name, ended the list and "Kommunstyrelsen" was read as a person).

Look-alikes: a column of organisations under a column of names ("David Reuterskiöld" / "Lunds kommun" / "Lomma
kommun"), an organisation under the second of two names in a row, and a line beginning with a given name
("Anders Hammarberg Medelpads fornminnesförening", "Annika Andersson, kansli") are no organisation lines.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _is_org_line, _is_org_line_under_name
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "above", "read"),
    [
        ("Kommunstyrelsen, Hälso och Sjukvårdsnämnden", "Mona Svegås ordf.", True),
        ("Miljö och Hälsoskyddskontoret", "Andreas Roos", True),
        ("Tekniska nämnden", "Gunnar Simonsson", True),
        ("Samhällsbyggnadsförvaltningen", "Elisabeth Lönn", True),
        # look-alikes
        ("Lomma kommun", "Lunds kommun", False),
        ("Anders Hammarberg Medelpads fornminnesförening", "Lars-Erik Larsson Torp", False),
        ("Annika Andersson, kansli", "Patrik Ström", False),
        ("Gun Broberg-Hansson", "Kommunstyrelsen", False),
        ("Mötet öppnades av ordföranden som hälsade nämnden välkommen", "Anna Berg", False),
        ("Kommunstyrelsen", "Anna Berg, Per Lund", False),
    ],
)
def test_organisation_line_under_a_name(text: str, above: str, read: bool) -> None:
    assert _is_org_line_under_name(text, above) is read


def test_organisation_line_alone() -> None:
    assert _is_org_line("Barn och Utbildningskontoret")
    assert not _is_org_line("Bengt Widengård")


def _present(lines: list[str]) -> list[tuple[str, str | None]]:
    text = "Folkhälsorådet 2001-12-04\n\nNärvarande:\n\n" + "\n\n".join(lines) + "\n\n§ 31 Mötets öppnande\n"
    return [(p.name, p.organisation) for p in extract_meeting(minutes_from_text(text))[0].present]


def test_names_and_their_organisations_take_turns() -> None:
    assert _present(["Gun Broberg-Hansson", "Kommunstyrelsen", "Birgit Ekholm", "Miljö och Byggnadsnämnden",
                     "Andreas Roos", "Miljö och Hälsoskyddskontoret", "Karin Gabrielsson",
                     "Barn och Utbildningskontoret"]) == [
        ("Gun Broberg-Hansson", "Kommunstyrelsen"), ("Birgit Ekholm", "Miljö och Byggnadsnämnden"),
        ("Andreas Roos", "Miljö och Hälsoskyddskontoret"), ("Karin Gabrielsson", "Barn och Utbildningskontoret")]


def test_column_of_organisations_under_names_is_no_turn() -> None:
    people = _present(["Cecilia Backe", "Helena Björn", "David Reuterskiöld", "Lunds kommun", "Lomma kommun",
                       "Svedala kommun"])
    assert ("David Reuterskiöld", "Lunds kommun") not in people
