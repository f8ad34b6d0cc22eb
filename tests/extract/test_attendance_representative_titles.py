"""Names alternating with a capitalised representative's title, as a flattened list of a school's or a council's
board writes it: "Sami Laukström Ordförande Catharina Jogården Föräldrarepresentant ... Maria Karlsson
Personalrepresentant", "Robin Skog Studeranderepresentant", "Leo Pahlman Lärarrepresentant".

A word ending in "representant" is a title as `TITLE_ENDINGS` are (`REPRESENTATIVE_TITLE_ENDINGS`), so
`_names_between_titles` reads the names between them. Before, the run was left whole and the list lost.

Look-alikes: the plural "Föräldrarepresentanter" is a group heading, no title after a name; "Representantskapet"
is a body; capitalised prose without known given names stays no list.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _names_between_titles
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Sami Laukström Ordförande Catharina Jogården Föräldrarepresentant Tomas Kyletoft Föräldrarepresentant "
          "Håkan Lönnqvist Rektor Maria Karlsson Personalrepresentant"),
         ["Sami Laukström", "Catharina Jogården", "Tomas Kyletoft", "Håkan Lönnqvist", "Maria Karlsson"]),
        ("Robin Skog Studeranderepresentant Leo Pahlman Lärarrepresentant",
         ["Robin Skog", "Leo Pahlman"]),
        ("Anna Ek Elevrepresentant Bo Berg Brukarrepresentant Eva Holm Sekreterare",
         ["Anna Ek", "Bo Berg", "Eva Holm"]),
        # look-alikes
        ("Anna Ek Föräldrarepresentanter Bo Berg Representantskapet", []),
        ("Mötet Beslutade Föräldrarepresentant Frågan Gäller Personalrepresentant", []),
    ],
)
def test_names_between_representative_titles(text: str, names: list[str]) -> None:
    assert [p.name for p in _names_between_titles(text, 0)] == names


def test_flattened_board_list_with_representatives() -> None:
    text = ("1 Sid 1(9) Protokoll från styrelsemöte Dag och tid kl Plats Bollstanäs skola, skolans personalrum "
            "Närvarande Sami Laukström Ordförande Catharina Jogården Föräldrarepresentant Tomas Kyletoft "
            "Föräldrarepresentant Marlene Näslund Föräldrarepresentant Håkan Lönnqvist Rektor Maria Karlsson "
            "Personalrepresentant Karin Sundberg Personalrepresentant\n\n1068 Val av protokollförare\n")
    present, _ = attendance_names(text)
    assert present == ["Sami Laukström", "Catharina Jogården", "Tomas Kyletoft", "Marlene Näslund",
                       "Håkan Lönnqvist", "Maria Karlsson", "Karin Sundberg"]
