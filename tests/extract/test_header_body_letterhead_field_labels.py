"""A stored page's title run together from a letterhead's fields ("Jämtlands Gymnasieförbund! Östersund Telefon:
(växel)"): a line holding an address field's label with its colon is no title. Look-alikes: a title that names the
word without a colon ("Telefonmöte med styrelsen"), a body's own line."""

from __future__ import annotations

import pytest

from planner.extract.header import is_no_title_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jämtlands Gymnasieförbund! Östersund Telefon: (växel)", True),
        ("Kommunstyrelsen Box 12, 123 45 Ort Besöksadress: Storgatan 1", True),
        ("Föreningen Norden E-post: info@norden.se", True),
        # look-alikes
        ("Telefonmöte med styrelsen 2020-04-01", False),
        ("Protokoll Socialnämnden 2020-04-01", False),
    ],
)
def test_letterhead_field_labels(line: str, expected: bool) -> None:
    assert is_no_title_line(line) is expected
