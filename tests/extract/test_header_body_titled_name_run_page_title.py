"""A stored copy's page title taken from a front page's staff cell lists people each after their title
("Kommundirektör Kjell Johansson Kommunplanerare Shula Gladnikoff ..."): no body, the title below names it.
One titled person, or a body name holding a capitalised word after a title-like word, is no such list."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_titled_name_run
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kommundirektör Kjell Johansson Kommunplanerare Shula Gladnikoff Kommunsekreterare Anna Lindholm.",
            True,
        ),
        ("Förvaltningschef Eva Berg Nämndsekreterare Per Holm", True),
        ("Ordförande Anna-Karin Ek Sekreterare Lars Nilsson, Kommunledningskontoret", True),
        # look-alikes: one titled person; a body and its organisation; names without titles are another rule's
        ("Ordförande Anna Berg", False),
        ("Kommunstyrelsens arbetsutskott 25 mars 2004", False),
        ("Socialnämndens Individ Och Familjeomsorg Utskott", False),
        ("Styrelsen Vårdsamverkan Skaraborg Styrgrupp Vårdsamverkan Fyrbodal", False),
    ],
)
def test_titled_name_run(text: str, expected: bool) -> None:
    assert is_titled_name_run(text) is expected


def test_staff_page_title_gives_no_body() -> None:
    text = (
        "Kommundirektör Kjell Johansson Kommunplanerare Shula Gladnikoff Kommunsekreterare Anna Lindholm. "
        "Kommunledningskontoret, Vallentuna\n\nStorlek: px\nStarta visningen från sidan:\n\n"
        'Download "Kommundirektör Kjell Johansson Kommunplanerare Shula Gladnikoff Kommunsekreterare Anna '
        'Lindholm. Kommunledningskontoret, Vallentuna"\n\nTranskript\n\n'
        "1 Kommunstyrelsens arbetsutskott 25 mars 2004 Plats och tid för sammanträdet Beslutande\n\n"
        "2 § 1 Val av justerare\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].body == "Kommunstyrelsens arbetsutskott"
