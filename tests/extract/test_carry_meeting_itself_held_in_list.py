"""A list entry saying a meeting is held is an event, not an announced topic (planner.extract.items).

"Så här ser dock den tänkta planeringen ut: • Söndagen den 16/2-20 kl. 13.00 håller lokalföreningen i
Stockholm sitt årsmöte. • Lördagen den 22/2-20, kl. 13.00 håller riksföreningen sitt årsmöte.": the
verb holds the meeting itself (a possessive or an article before the meeting noun). Look-alikes that
stay announced: a presentation or a review held at a later meeting.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import Sentence, announcement

OCTOBER_2019 = date(2019, 10, 30)


def _announced(text: str) -> str | None | bool:
    found = announcement(Sentence(text, 0, len(text), 3), OCTOBER_2019)
    return False if found is None else found.when


@pytest.mark.parametrize("sentence", [
    "Söndagen den 16/2-20 kl. 13.00 håller lokalföreningen i Stockholm sitt årsmöte.",
    "Lördagen den 22/2-20, kl. 13.00 håller riksföreningen sitt årsmöte.",
    "Den 3 december håller distriktet en konferens för alla kårer.",
    "Den 12 november håller vi ett extra styrelsemöte.",
])
def test_a_meeting_held_is_not_a_topic(sentence: str) -> None:
    assert _announced(sentence) is False


@pytest.mark.parametrize(("sentence", "when"), [
    ("Presentation hålls vid nästa möte.", "next"),
    ("Anna håller en dragning om budgeten vid mötet den 3 december.", "2019-12-03"),
    ("Kassören håller genomgång av ekonomin på styrelsemötet 3/12.", "2019-12-03"),
])
def test_a_topic_held_at_a_meeting_stays_announced(sentence: str, when: str) -> None:
    assert _announced(sentence) == when
