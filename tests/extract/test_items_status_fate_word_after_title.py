""""§ 2 Budget 2022. Bordlades." over a text of its own ("Diskussion fördes."): one deferral word closing the heading
after a stop (ELLIPTIC_FATE_WORDS) is the item's fate whatever its text says (planner.extract.items
`_fate_word_in_heading`); before, only an item with no text of two words read it. Look-alikes: "Kvarstår" /
"Återkommer" after the title over a text (they may tell of a person: "3. Val av kassör. Kvarstår."), a title that
only holds the word inside it ("Uppföljning av bordlagda ärenden"), and more than one word after the stop."""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.model import ItemStatus

_MINUTES = """Protokoll styrelsen 2021-03-10

Närvarande: Anna Berg, Per Holm, Eva Lind

§ 1 Val av justerare

Per Holm utses att justera protokollet.

§ 2 {title}

{text}

§ 3 Övrigt

Inga övriga frågor.
"""


def _item(title: str, text: str) -> tuple[str, ItemStatus, list[tuple[str | None, str]]]:
    found = extract_text(minutes_from_text(_MINUTES.format(title=title, text=text)))
    it = found.items[1]
    return it.title, it.status, [(c.from_item, c.reason.value) for c in found.carry]


@pytest.mark.parametrize(("title", "text", "name"), [
    ("Budget 2022. Bordlades.", "Diskussion fördes.", "Budget 2022"),
    ("Lokalfrågan. Utgår.", "Ordföranden var sjuk och kunde inte redovisa.", "Lokalfrågan"),
    ("Hemsidan, Bordläggs.", "Vi hann inte titta på förslagen.", "Hemsidan"),
    ("Nya stadgar. Bordlagt.", "Förslaget skickas ut till alla ledamöter.", "Nya stadgar"),
    ("Medlemsavgiften. Utgick.", "Kassören var inte på plats.", "Medlemsavgiften"),
])
def test_deferral_word_after_title_postpones(title: str, text: str, name: str) -> None:
    assert _item(title, text) == (name, ItemStatus.POSTPONED, [("2", "postponed")])


@pytest.mark.parametrize(("title", "text"), [
    ("Val av kassör. Kvarstår.", "Anna Berg kvarstår som kassör ett år till."),
    ("Lokalfrågan. Återkommer.", "Per berättade om läget."),
    ("Uppföljning av bordlagda ärenden", "Inga ärenden."),
    ("Budget 2022. Bordlades förra mötet.", "Kassören presenterade budgeten som godkändes."),
    ("Information om utgående ärenden", "Kansliet informerar."),
])
def test_no_deferral_word_closing_the_title(title: str, text: str) -> None:
    assert _item(title, text)[1] is ItemStatus.HANDLED
