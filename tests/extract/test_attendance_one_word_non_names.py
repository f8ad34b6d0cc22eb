"""One-word entries that name no person: a header label, a web copy's frame, a place in the definite form.

A flattened header or a stored web copy leaves single words among the list values: the end label "Paragrafer",
the frame words "Transkript" and 'Ledamöter"' (the end of a quoted title), a venue read as the first value
("Gymnasiekontoret", "Parkskolan"), and the value of a frame line ("Storlek: px"). Look-alikes: a one-word given
name (a small association's list), a post that a list of posts present may hold ("Ordförande", "Justerare"),
and a short name that ends like a place ("Hallen" is no compound) stay.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import Person, _is_document
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2015-06-23\n\n"
_TAIL = "\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("name", "dropped"),
    [
        ("Paragrafer", True),
        ("Underskrifter", True),
        ("Transkript", True),
        ('Ledamöter"', True),
        ("Gymnasiekontoret", True),
        ("Parkskolan", True),
        ("Stadshuset", True),
        # look-alikes
        ("Roland", False),
        ("Ordförande", False),
        ("Justerare", False),
        ("Sekreterare", False),
        ("Hallen", False),
        ("Salen", False),
        ("Kristian", False),
    ],
)
def test_one_word_entry(name: str, dropped: bool) -> None:
    assert _is_document(Person(name, 0, len(name))) is dropped


def test_value_of_a_web_frame_line_is_no_attendee() -> None:
    # a docplayer copy: the present label ends the first line, the frame's lines come before the list's values
    present, _ = _lists(
        "Beslutande Ledamöter\n\nStorlek: px\n\nTranskript\n\nAnna Ek (S) Bo Berg (M) Karin Lund (C)"
    )
    assert "px" not in present and "Transkript" not in present


def test_one_word_names_of_a_small_association_stay() -> None:
    present, _ = _lists("Närvarande: Roland, Tora, Ulla-Karin, Karin")
    assert present == ["Roland", "Tora", "Ulla-Karin", "Karin"]
