"""A yearless day that a rule of the statutes sets or changes ("årsmötet ska hållas innan 30 september",
"datumet ändras till 15 oktober" in a statute amendment) is no event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.events import is_statute_rule
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("sentence", "line", "rule"),
    [
        ("I stadgarna för § 3 så anges att årsmötet ska hållas innan 30 september.", "", True),
        ("Ändring föreslås att datumet ändras till 15 oktober.",
         ("I stadgarna för § 3 så anges att årsmötet ska hållas innan 30 september. Ändring föreslås att datumet "
         "ändras till 15 oktober."), True),
        ("Enligt stadgan ska verksamhetsberättelsen vara revisorerna tillhanda senast 1 februari.", "", True),
        # look-alikes: a meeting set for a day; the statutes named but no rule's day; a rule's day with no statutes
        ("Årsmötet hålls 15 mars i skolans matsal.", "Stadgarna skickas ut med kallelsen.", False),
        ("Stadgarna gås igenom på mötet den 15 oktober.", "", False),
        ("Datumet ändras till 15 oktober på grund av lovet.", "Nästa möte flyttas.", False),
    ],
)
def test_statute_rule(sentence: str, line: str, rule: bool) -> None:
    assert is_statute_rule(sentence, line or sentence) is rule


def test_statute_amendment_day_is_no_event() -> None:
    text = ("Protokoll årsmöte Solbergaskolans föräldraförening\n\nDatum 2019-10-02\n\nBehandling av propositioner\n\n"
            "  1. I stadgarna för § 3 så anges att årsmötet ska hållas innan 30 september. Ändring föreslås att "
            "datumet ändras till 15 oktober. Det är svårt att hinna före.\n\nNästa möte 14 november kl. 18.00.\n")
    events = extract_text(minutes_from_text(text)).events
    assert [e.date for e in events] == ["2019-11-14"]
