"""An association's one-line head with the labels "När:", "Var:" and "Tid:": "När: Lördag 25 augusti 2018 Var: Hönan
och Galten (Puben) Tid: 10:00". "Var:" with its colon, after the date, is the place's label. Look-alikes: the word
"Var" without a colon ("Var god ..."), "var:" in lower case in a sentence, a "Var:" that follows no date or time."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = ("\n\nNärvarande 25 medlemmar\n\nDagordning\n\n • 1: Bertil Andersson valdes till ordförande för mötet.\n"
         " • 2: Viktor Axelsson valdes till sekreterare för mötet.\n")


def _meeting(line: str) -> tuple[str | None, str | None]:
    m = extract_meeting(minutes_from_text("Protokoll årsmöte\n\nMora Ekeby samfällighetsförening\n\n" + line + _TAIL))[0]
    return m.date, m.venue


@pytest.mark.parametrize(
    ("line", "venue"),
    [
        ("När: Lördag 25 augusti 2018 Var: Hönan och Galten (Puben) Tid: 10:00", "Hönan och Galten (Puben)"),
        ("När: 2018-08-25 kl 18.00 Var: Bygdegården, Mora Tid: 18.00", "Bygdegården, Mora"),
        ("När: Lördag 25 augusti 2018, kl 10.00 Var: Folkets hus", "Folkets hus"),
    ],
)
def test_var_label_after_date(line: str, venue: str) -> None:
    assert _meeting(line) == ("2018-08-25", venue)


@pytest.mark.parametrize(
    "line",
    [
        # look-alikes: no colon; a lower-case "var:" in a sentence; a "Var:" after no date or time
        "När: Lördag 25 augusti 2018 Var god anmäl er till kassören",
        "När: Lördag 25 augusti 2018, frågan var: Vem tar över kassan?",
        "När: Lördag 25 augusti 2018\n\nFrågor Var: Hemsidan och Medlemsregistret",
    ],
)
def test_no_var_label(line: str) -> None:
    assert _meeting(line) == ("2018-08-25", None)
