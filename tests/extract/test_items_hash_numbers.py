"""An item's number marked by "#" glued to it ("#1 OFMÖ", "#8 Meddelanden", "#10 Övrigt"), as student
boards and clubs number their points in plain-text minutes.

The title may be a whole sentence ("#7 Var och en i styrelsen redogjorde för veckans göromål."): the
mark tells an item, not a list. Look-alikes: a markdown heading ("# 1 Title", the marks then a space)
is read as markup, a hash-tag ("#styrelsemöte") and an issue's reference ("se #12 i listan") are no
items.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "STYRELSEMÖTESPROTOKOLL 950912\n\nNärvarande: Anna Berg, Bo Ek, Per Lind.\n"


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_hash_numbered_points_are_items() -> None:
    text = (HEAD + "#1 OFMÖ\n#2 Tid och sätt godkändes\n#3 Inga adjungeringar\n"
            "#4 Var och en i styrelsen redogjorde för veckans göromål.\n#5 Meddelanden\n"
            "- Jonas ska till Celcius Tech på fredag.\n- FM var för separata nämnder.\n#6 Övrigt\n"
            "En sektionsresa till Stockholm vore uppskattad.\n#7 OFMA\n")
    heads = _heads(text)
    assert [n for n, _ in heads] == ["1", "2", "3", "4", "5", "6", "7"]
    assert heads[0][1] == "OFMÖ" and heads[4][1] == "Meddelanden"


def test_hash_with_a_stop_after_the_number() -> None:
    text = HEAD + "#1. Mötets öppnande\nMötet öppnades.\n\n#2. Ekonomi\nKassan redovisades.\n\n#3. Övrigt\nInget.\n"
    assert [n for n, _ in _heads(text)] == ["1", "2", "3"]


def test_hash_tags_and_references_are_no_items() -> None:
    text = (HEAD + "Mötets öppnande\n\nMötet öppnades.\n\n#styrelsemöte #2024\n\nEkonomi\n\n"
            "Se ärende #12 i listan. Kassan redovisades.\n")
    assert all(n is None for n, _ in _heads(text))
