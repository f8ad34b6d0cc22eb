"""A next meeting written as a block of labels ("Plats: ...", "Tid: ...", "Datum: ...") may put its place
and hour above the date's label line as well as below it: the labels right above belong to the date.
Labels above a heading, above a line of prose, or above a date written without a label do not."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte\n\nDatum: 2020-09-28\n\nNärvarande: Anna Berg, Olle Ek\n\n7. Övriga frågor\n\nInga.\n\n"
TAIL = "\n\n9. Mötets avslutande.\n\nOrdföranden tackade deltagarna.\n"


@pytest.mark.parametrize(
    ("block", "fields"),
    [
        ("8. Nästa styrelsemöte\n\nPlats: Bäckevi idrottsplats.\n\nDatum: 2020-11-25\n\nKl : 1900",
         ("2020-11-25", "19:00", "Bäckevi idrottsplats")),
        ("8. Nästa möte\nLokal: Folkets hus\nTid: 18.30\nDatum: 2020-11-25", ("2020-11-25", "18:30", "Folkets hus")),
        ("8. Nästa möte\nDatum: 2020-11-25\nPlats: Klubbstugan", ("2020-11-25", None, "Klubbstugan")),
        # look-alikes: a label above the heading, a line of prose between, a date with no label of its own
        ("Plats: Skolan\n\n8. Nästa möte\n\nDatum: 2020-11-25", ("2020-11-25", None, None)),
        ("8. Nästa möte\nPlats: Klubbstugan\nVi bjuder på fika.\nDatum: 2020-11-25", ("2020-11-25", None, None)),
        ("8. Nästa möte\nPlats: Klubbstugan\n\nNästa möte blir 2020-11-25.", ("2020-11-25", None, None)),
    ],
)
def test_labels_above_the_date_label(block: str, fields: tuple[str, str | None, str | None]) -> None:
    got = extract_text(minutes_from_text(HEAD + block + TAIL))
    assert [(e.date, e.start, e.venue) for e in got.events] == [fields]
