"""Finland-Swedish minutes write their own date day.month.year ("höll årsmöte 24.2.2022") and the days of the
year ahead as day.month alone: after a word ("Teaterbesök ... görs 27.3", "årsmöte i Svartå 21.3") or opening the
lines of a program ("22.3 Mathornas Kyrkogångsdag" / "11.7 Hantverkardagen"). In a text that writes such a full date,
a bare pair in those places is a date (`_pair_in_dotted_text`). Before, only "den 27.3" or "tors 27.3" was one.

Look-alikes: the same pairs in a text with no day.month.year date, pairs after a word of counting or reference
("punkt 6.1", "kl 18.30", "med 2.5", "ca 1.5"), before a unit or another number, and numbered lines of one section
("5.1 Kodfiler" / "5.2 Projektplan") stay numbers.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import DateKind, find_dates

HEAD = "Degerby Marthaförening höll årsmöte 24.2.2022 på Furuborg.\n\n"
PLAIN = "Degerby Marthaförening höll årsmöte den 24 februari 2022 på Furuborg.\n\n"


def _pairs(text: str) -> list[str]:
    return [str(dm.value) for dm in find_dates(text, after=date(2022, 2, 24))
            if dm.kind is DateKind.DAY and "2022" not in dm.text and "februari" not in dm.text]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (HEAD + "Teaterbesök till Fallåker Teater, tillsammans med Ingå Seniorer görs 27.3.\n", ["2022-03-27"]),
        (HEAD + "I sommar kommer medlemmarna att fira Marthas namnsdag 26.7 och i år blir det en båtutfärd.\n",
         ["2022-07-26"]),
        (HEAD + "Ärendet bordlades till nästa möte som hölls 18.3, i Kyrkbykretsens utrymmen.\n", ["2022-03-18"]),
        (HEAD + "Ombud valdes till distriktets årsmöte i Svartå 21.3 och förbundets vårmöte i Ekenäs 18.4.\n",
         ["2022-03-21", "2022-04-18"]),
        (HEAD + "Övrigt program under året:\n22.3 Mathornas Kyrkogångsdag\n11.7 Hantverkardagen\n"
         "30.10 Uppvaktning vid hjältegravarna\n", ["2022-03-22", "2022-07-11", "2022-10-30"]),
        # look-alikes
        (PLAIN + "Teaterbesök till Fallåker Teater görs 27.3.\n", []),
        (PLAIN + "Övrigt program under året:\n22.3 Mathornas Kyrkogångsdag\n11.7 Hantverkardagen\n", []),
        (HEAD + "Se punkt 6.1 i förra protokollet. Mötet börjar kl 18.30.\n", []),
        (HEAD + "Medlemsavgiften höjs med 2.5 och kostnaden blir ca 1.5 per medlem.\n", []),
        (HEAD + "Bryggan förlängs 2.5 m och avgiften blir 1.5 euro.\n", []),
        (HEAD + "Resultatet för perioden 01.01. 31.07.2022 visar ett överskott.\n", []),
        (HEAD + "Uppgifter\n5.1 Kodfiler\n5.2 Projektplan\n5.3 Designdokument\n", []),
    ],
)
def test_day_month_in_dotted_text(text: str, dates: list[str]) -> None:
    assert _pairs(text) == dates
