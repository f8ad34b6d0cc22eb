"""An annual meeting's paragraphs written as one numbered list, each row a sentence and no blank line between
the rows (" • 12 Redovisad resultat- och balansräkning fastställdes." / " • 13 Årets underskott på -282,00 kr
överförs till verksamheten i ny räkning 2018."): a row told in a sentence was dropped where no blank line stood
above it, and the list lost its number. It is the item where its number is the one the list lacks; a numbered
proposal under an item repeats numbers already taken and stays text."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid årsmöte 2018-03-08\n\nNärvarande: 40 medlemmar\n\n"


def numbers(body: str) -> list[str | None]:
    return [i.number for i in extract_text(minutes_from_text(HEAD + body)).items]


ROWS = [
    "1 Ordföranden hälsade välkommen och öppnade mötet",
    "2 Till ordförande för mötet valdes Gunnar Berg",
    "3 Till sekreterare utsågs Eva Lund",
    "4 Dagordningen fastställdes",
    "5 Revisionsberättelsen föredrogs och godkändes",
]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a sentence row between two short ones: its number is the one the list lacks
        (ROWS[:3] + ["4 Årets underskott på -282,00 kr överförs till verksamheten i ny räkning 2018."]
         + ["5 Dagordningen fastställdes", "6 Styrelsen beviljades ansvarsfrihet"],
         ["1", "2", "3", "4", "5", "6"]),
        # behind a bullet, as a web page writes the rows
        ([" • " + r for r in ROWS[:4]] + [(" • 5 Verksamhetsplanen utgörs av utsänt program. Budget för 2018 års "
                                           "verksamhet antogs.")] + [" • 6 Val beslutades enligt förslaget"],
         ["1", "2", "3", "4", "5", "6"]),
        # two sentence rows apart in one list
        (ROWS[:2] + ["3 Till sekreterare för mötet utsågs Eva Lund som också för protokollet."] + ROWS[3:4]
         + ["5 Revisionsberättelsen lästes upp av revisorn och lades till handlingarna."]
         + ["6 Styrelsen beviljades ansvarsfrihet"],
         ["1", "2", "3", "4", "5", "6"]),
        # the rows already read: nothing changes
        (ROWS, ["1", "2", "3", "4", "5"]),
        # look-alike: proposals under item 4 count from one again and stay its text
        (ROWS[:4] + ["1 Styrelsen föreslår att årsavgiften blir oförändrad för nästa år.",
                     "2 Styrelsen föreslår att budgeten för nästa år antas som den är."] + ["5 Övriga frågor"],
         ["1", "2", "3", "4", "5"]),
        # look-alike: a sentence row whose line above does not count down to it stays out
        (ROWS[:3] + ["Text om valet.", "7 Valberedningen fick i uppdrag att ta fram ett förslag till nästa år."],
         ["1", "2", "3"]),
    ],
)
def test_sentence_row_counting_on(rows: list[str], expected: list[str]) -> None:
    assert numbers("\n".join(rows) + "\n") == expected
