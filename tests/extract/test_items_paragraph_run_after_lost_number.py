"""Paragraphs that open with their numbers, counting up after a number or two the copy lost, are items.

"4. Rapporter" / ... / "Fiber (bredband). Regeringen har ..." (5 lost its number) / "6. Brandsamverkan. Utbildning
har hållits ..." / "7. Saxdalens dag. Vi har fått bidrag ..." / "8. Övriga frågor": a paragraph that opens with its
number is kept aside as text (a numbered proposal reads alike), and taken where it fills a gap; where the number or
two before them were lost, the run 6, 7 that counts up by one to the next heading's 8 is those items. After the last
heading, three such paragraphs or more counting up by one past one lost number do the same.

Look-alikes: a list inside an item counts from 1; a run that stops short of the next heading's number; two
paragraphs only after the last heading; three numbers or more lost before the run.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers

_HEAD = "Mötesprotokoll 2013-06-04\n\n1. Mötets öppnande\n2. Fastställande av dagordning\n3. Föregående protokoll\n"
_REPORTS = "4. Rapporter\n\nKassören rapporterade om läget i föreningen och om bidragen från kommunen.\n\n"
_LOST = "Fiber (bredband). Regeringen har gett kommunerna i uppdrag att ordna fiber till glesbygden.\n\n"


def _told(number: str, title: str) -> str:
    return f"{number} {title}. Styrelsen diskuterade frågan och beslutade att arbeta vidare med den under året.\n\n"


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        (_REPORTS + _LOST + _told("6.", "Brandsamverkan") + _told("7.", "Saxdalens dag") + "8. Övriga frågor\n",
         ["1", "2", "3", "4", "6", "7", "8"]),
        (_REPORTS + _LOST + _told("6.", "Brandsamverkan") + _told("7.", "Saxdalens dag") + _told("8.", "Ekonomi"),
         ["1", "2", "3", "4", "6", "7", "8"]),
        (_REPORTS + _told("6.", "Lokalfrågan") + _told("7.", "Medlemsavgiften") + "8. Nästa möte\n",
         ["1", "2", "3", "4", "6", "7", "8"]),
        (_REPORTS + _LOST + _told("6.", "Vägen") + "7. Övriga frågor\n",
         ["1", "2", "3", "4", "6", "7"]),
        (_REPORTS + _told("6.", "Budget") + _told("7.", "Avgifter") + _told("8.", "Lokaler"),
         ["1", "2", "3", "4", "6", "7", "8"]),
        # look-alikes: a list inside an item counts from 1
        (_REPORTS + _told("1.", "Kassan") + _told("2.", "Medlemmarna") + "5. Övriga frågor\n",
         ["1", "2", "3", "4", "5"]),
        # a run that stops short of the next heading's number
        (_REPORTS + _LOST + _told("6.", "Brandsamverkan") + "8. Övriga frågor\n",
         ["1", "2", "3", "4", "8"]),
        # two paragraphs only after the last heading
        (_REPORTS + _LOST + _told("6.", "Brandsamverkan") + _told("7.", "Saxdalens dag"),
         ["1", "2", "3", "4"]),
        # three numbers lost before the run
        (_REPORTS + _told("8.", "Brandsamverkan") + _told("9.", "Saxdalens dag") + "10. Övriga frågor\n",
         ["1", "2", "3", "4", "10"]),
    ],
)
def test_paragraph_run_after_lost_number(body: str, numbers: list[str]) -> None:
    assert item_numbers(_HEAD + body, "2013-06-04") == numbers
