"""Item rules learned from association minutes (round 9, items helper).

A list of decisions, each a numbered line that is a sentence ("- 8. Representationen i styrelsen ... vakant."),
where the writer typed one number twice ("- 8. ...", "- 8. ...", "- 9. ..."): SCHEMA keeps an item's number as
written, even if repeated, so the second line with that number is an item too. Look-alikes stay out: a repeat
written with other marks, a repeat far below the first, a repeat not followed by the next number, or a list that
starts over under an item.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Föreningen\nProtokoll från styrelsemöte den 26 mars 2017.\n"
         "Närvarande: Anna Berg, Eva Holm, Lars Lund.\n")
_LINES = [
    "{m}1. Till ordförande för mötet väljs Anna Berg och till sekreterare väljs Eva Holm.",
    "{m}2. Till justerare för protokollet väljs Lars Lund.",
    "{m}3. Till kassör för ett år väljs Per Ek som tackar för förtroendet.",
    "{m}4. Till ansvarig för medlemsregistret väljs Per Ek.",
    "{m}5. Till adjungerade ledamöter för 1 år väljs\nPer Ek, Sandön, Eva Holm, Småskär.",
    "{m}{r}. Representationen i styrelsen från kommunen är tills vidare vakant i frågan.",
    "{m}6. Föreningens postadress är Föreningen, c/o Per Ek, Storgatan 18, Luleå.",
    "{m}7. Föreningens firmatecknare för ett år är ordförande, kassör och sekreterare var för",
    "{m}8. Kjell Ek får i uppdrag att hos kommunen ta reda på rollen och uppgifterna.",
    "{m}9. Styrelsen beslutar att uppdra till utskottet att ta fram ett förslag.",
]


def _text(mark: str = "- ", repeat: str = "5", repeat_mark: str | None = None, between: str = "") -> str:
    lines = [ln.format(m=mark, r=repeat) for ln in _LINES]
    if repeat_mark is not None:
        lines[5] = lines[5].replace(mark + repeat + ".", repeat_mark + repeat + ".", 1)
    if between:
        lines.insert(5, between)
    return _HEAD + "\n".join(lines) + "\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


_ALL = ["1", "2", "3", "4", "5", "5", "6", "7", "8", "9"]
_ONCE = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]


@pytest.mark.parametrize(("text", "numbers"), [
    (_text(), _ALL),  # "- 5. ... väljs" / "- 5. Representationen ..." / "- 6. ...": both fives kept
    (_text(mark=""), _ALL),  # the same list without dashes
    (_text(mark="* "), _ALL),  # another bullet mark before each number
    (_text(repeat_mark="  "), _ONCE),  # the repeat indented unlike its neighbours: not the list's entry
    (_text(repeat="4"), _ONCE),  # "4." after "5.": out of order, not a repeat of the heading above
    (_text(between="Styrelsen beslutar\natt\nföljande\ngäller nu och framåt för alla"), _ONCE),  # far below its first
])
def test_repeated_number_in_counting_list(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers
