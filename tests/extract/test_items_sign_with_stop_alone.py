"""A paragraph sign with a stop alone on its line ("§ 4.") numbers the paragraph below it.

"§ 3. Reseersättning." / ... / "§ 4." / "Ett förslag att ge varje cirkeldeltagare 5 st böcker ... godkändes."
/ "§ 5." / "Förslag från Gun Hillengard om inköp av 3 st. termoskannor ... antogs av styrelsen.": the last
paragraphs have no heading, only the sign and its number. "§ 4" alone was read, "§ 4." was not (the stop
after the number), and the items ended at 3.

Look-alikes: a sign with its title on the line ("§ 4. Val av justerare"), a numbered proposal "4." inside an
item's text and a sign in running text ("enligt § 4.") add no item of their own.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_HEAD = ("Styrelsemöte 2008-03-11\n\n§ 1. Just.\nAtt justera dagens protokoll valdes Ulla Karlsson.\n\n"
         "§ 2. Styrelse.\nOrdf. Arne Hallsten, Kopperud\n\n§ 3. Reseersättning.\nFörslag om reseersättning togs upp.\n\n")


@pytest.mark.parametrize(
    ("tail", "numbers"),
    [
        (("§ 4.\nEtt förslag att ge varje cirkeldeltagare 5 st böcker godkändes. 1 bok kommer att skänkas till "
         "Hembygdsföreningens årsmöte.\n\n§ 5.\nFörslag från Gun Hillengard om inköp av 3 st. termoskannor att "
         "användas endast till tevatten vid våra vår- och höstmöten antogs av styrelsen.\n\nKopperud den 17/3 -08.\n"),
         ["1", "2", "3", "4", "5"]),
        ("§ 4.\nStyrelsen beslutade att köpa in nya stolar till föreningens lokal.\n", ["1", "2", "3", "4"]),
        # look-alikes
        ("§ 4. Val av justerare\nAnna valdes.\n", ["1", "2", "3", "4"]),
        ("Beslut enligt\n§ 4.\ni stadgarna fattades.\n", ["1", "2", "3"]),
    ],
)
def test_sign_with_stop_alone(tail: str, numbers: list[str]) -> None:
    items = extract_text(minutes_from_text(_HEAD + tail)).items
    assert [i.number for i in items] == numbers
