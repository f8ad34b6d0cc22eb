"""A title naming the statute the body is held under after its name ("Forum för samråd enligt 4 kapitlet 12§
Skollagen.", "Pensionärsråd enligt 2 kap. 1 § kommunallagen"): the name before "enligt" is the body, the full stop
closing the line makes no sentence of it. Look-alikes: sentences citing a law ("Beslut fattades enligt
kommunallagen.", "Protokollet justeras enligt kommunallagen."), whose words name no body."""

from __future__ import annotations

import pytest

from planner.extract.header import before_statute, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Forum för samråd enligt 4 kapitlet 12§ Skollagen.", "Forum för samråd"),
        ("Pensionärsråd enligt 2 kap. 1 § kommunallagen", "Pensionärsråd"),
        ("Samrådsgrupp enligt skollagen", "Samrådsgrupp"),
        # look-alikes: sentences, no body named
        ("Beslut fattades enligt kommunallagen.", "Beslut fattades enligt kommunallagen."),
        ("Protokollet justeras enligt kommunallagen.", "Protokollet justeras enligt kommunallagen."),
        ("Inga synpunkter enligt lagen.", "Inga synpunkter enligt lagen."),
        ("Forum för samråd enligt överenskommelse.", "Forum för samråd enligt överenskommelse."),
    ],
)
def test_before_statute(line: str, expected: str) -> None:
    assert before_statute(line) == expected


def test_body_of_a_title_under_a_statute() -> None:
    text = ("2022-10-12\n\nForum för samråd enligt 4 kapitlet 12§ Skollagen.\nFredrika skola 2022-10-12 kl. 18:00.\n\n"
            "Närvarande vid mötet var rektor Susanne Sjölund och lärare Katarina Henriksson.\n\n 1. Susanne hälsar välkomna.\n")
    m = extract_meeting(minutes_from_text(text))[0]
    assert (m.body, m.venue) == ("Forum för samråd", "Fredrika skola")
