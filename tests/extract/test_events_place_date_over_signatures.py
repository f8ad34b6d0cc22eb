"""The place and date the minutes were signed at, closing their last line ("§ 12. Mötet avslutades. Sjötorp
2023-03-30") or alone on it, with only a signature block below (a role label such as "Sekr." or a line of
dots to sign on, and the signers' names): the day of signing, no meeting to come. A dated line with more
minutes below it, or a date the sentence tells of, stays an event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("SBK Vårmöte 2023-03-20\n\n§ 1. Mötet öppnades. § 2. Dagordningen fastställdes.\n\n"
        "§ 3. Bryggorna. Bryggan ska lagas i vår.\n\n")


def event_dates(tail: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + tail)).events]


@pytest.mark.parametrize("tail", [
    "§ 12. Mötet avslutades. Sjötorp 2023-03-30\n\nSekr.\n\nAnders Magnusson …………………………………\n",
    "§ 12. Mötet avslutades.\n\nSjötorp, 2023-03-30\n\nOrdf.\n\n................................\n\nLisa Holm\n",
    "Mötet avslutades. Karlstad 2023-03-30\n\nVid protokollet\n\nAnna Berg ____________\n\nJusteras:\n\nPer Ek\n",
])
def test_place_and_date_over_a_signature_block_is_no_event(tail: str) -> None:
    assert "2023-03-30" not in event_dates(tail)


@pytest.mark.parametrize("tail", [
    # more minutes below the dated line: a meeting to come
    "§ 12. Nästa möte. Sjötorp 2023-03-30\n\n§ 13. Mötet avslutades.\n\nSekr.\n\nAnders Magnusson\n",
    # the date is told of in the sentence, not set after a place
    "§ 12. Nästa möte hålls i Sjötorp 2023-03-30.\n\nSekr.\n\nAnders Magnusson …………………\n",
])
def test_dated_line_with_more_than_signatures_below_stays(tail: str) -> None:
    assert "2023-03-30" in event_dates(tail)
