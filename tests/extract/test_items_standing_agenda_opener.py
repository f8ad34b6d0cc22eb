"""A standing agenda printed above the minutes ("Stående dagordning" / "1. Mötet öppnas" / "2. Godkännande
av dagordningen" / ...), then the minutes numbered again from 1 ("1. LP Claes öppnade mötet."): the list's
"1" is no item of its own before the minutes' "1".

Look-alikes: a lone "1." heading followed by the minutes' "1." again in the text (no list entry "2" right
under it) keeps both; minutes that repeat a number later ("4. Ekonomi" twice) keep both.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

AGENDA = ("Stående dagordning vid månadsmöten\n\n 1. Mötet öppnas\n 2. Godkännande av dagordningen\n 3. Upprop\n"
          " 4. Föregående protokoll\n 5. Rapporter och info\n 6. Övriga frågor\n 7. Mötet avslutas\n\n")
MINUTES = ("Protokoll fört vid månadsmöte onsdagen 18 september 2019.\n\n1. LP Claes öppnade mötet.\n\n"
           "2. Den föreslagna dagordningen godkändes.\n\n3. Upprop: Närvarande 12 medlemmar.\n\n"
           "4. Föregående protokoll godkändes.\n\n5. Rapporter:\n\nKassarapporten redovisades.\n\n"
           "6. Kommittéer:\n\nTvå stora aktiviteter väntar.\n")


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_standing_agenda_entry_is_no_item() -> None:
    heads = _heads(AGENDA + MINUTES)
    assert [n for n, _ in heads] == ["1", "2", "3", "4", "5", "6"]
    assert heads[0][1].startswith("LP Claes")


def test_repeated_number_later_stays() -> None:
    text = ("Protokoll 2019-09-18\n\n1. Öppnande\n\nMötet öppnades.\n\n2. Ekonomi\n\nKassan redovisades.\n\n"
            "2. Ekonomi, fortsättning\n\nBudgeten diskuterades.\n\n3. Övrigt\n\nInget.\n")
    assert [n for n, _ in _heads(text)] == ["1", "2", "2", "3"]
