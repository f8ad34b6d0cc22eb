"""A meeting's title line may close with the platform it was held on, after its day or hour: "Protokoll fört
vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening söndagen den 15 maj kl 15.00 via Teams". The
meeting was held online. Look-alikes: a line that names no meeting, a platform that does not end the line (a
later sentence's), a platform the title talks about ("pratade om Teams")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _online(title: str) -> str | None:
    text = ("Styrelsemöte 220515\n\n" + title + "\n\nNärvarande styrelseledamöter:\nÅke Strandberg, Carin Nises.\n\n"
            "  • 1 Mötet öppnas\n\nCarin Nises ordförande hälsar alla välkomna och öppnar mötet.\n")
    return extract_meeting(minutes_from_text(text))[0].online


@pytest.mark.parametrize(
    ("title", "online"),
    [
        (("Protokoll fört vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening söndagen den 15 maj kl 15.00 "
         "via Teams"), "Teams"),
        ("Protokoll från styrelsens möte 15 maj 2022 kl 19 på Zoom.", "Zoom"),
        # look-alikes
        ("Protokoll fört vid styrelsemöte med föreningen söndagen den 15 maj kl 15.00 där vi pratade om Teams", None),
        ("Protokoll fört vid styrelsemöte den 15 maj kl 15.00 i klubbstugan. Länk via Teams skickas ut", None),
    ],
)
def test_title_held_via_platform(title: str, online: str | None) -> None:
    assert _online(title) == online
