""""2011-03-13 | 19:28:00" under a blog comment: a machine's stamp, a bar or "@" between date and clock
(planner.extract.events `is_machine_stamp`); a meeting's hour to the minute stays."""

from __future__ import annotations

import pytest

from planner.extract.events import is_machine_stamp


@pytest.mark.parametrize(("text", "end", "stamp"), [
    ("2011-03-13 | 19:28:00", 10, True),
    ("13 mars 2011 @ 19:28:00", 12, True),
    ("2011-03-13 19:28:00", 10, True),
    ("2011-03-13|08:01:59 svar", 10, True),
    ("2011-03-13 | 19:28", 10, False),
    ("2011-03-13 kl 18:00", 10, False),
    ("den 5 maj kl. 18.00", 9, False),
])
def test_comment_stamp(text: str, end: int, stamp: bool) -> None:
    assert is_machine_stamp(text, end) is stamp
