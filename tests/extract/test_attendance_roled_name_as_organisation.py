"""A name and its role written without a comma between them inside a comma list ("Närvarande styrelsen: Ulf
Kinnemar, president, Hans Fridh kassör, ...") was read as the entry before's organisation. When that organisation
is a name opening with a known given name and then a known role or title, it is one more person with that role.

Look-alikes: an organisation with a lower-case word ("Länsstyrelsen i Skåne", "Region Skåne regionkontoret"), a
name without a role and a role word that is no title stay as they were.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _roled_name_in_organisation
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("org", "person"),
    [
        ("Hans Fridh kassör", ("Hans Fridh", "kassör")),
        ("Johanna Sandelin sekreterare", ("Johanna Sandelin", "sekreterare")),
        # look-alikes
        ("Länsstyrelsen i Skåne", None),
        ("Region Skåne regionkontoret", None),
        ("Hans Fridh", None),
        ("Hans Fridh deltog", None),
    ],
)
def test_roled_name_in_organisation(org: str, person: tuple[str, str] | None) -> None:
    doc = minutes_from_text("Ulf Kinnemar, president, " + org)
    found = _roled_name_in_organisation(doc, [Person("Ulf Kinnemar", 0, 12, organisation=org, role="president")])
    assert ((found[1].name, found[1].role) if len(found) > 1 else None) == person
    assert found[0].organisation == (None if person else org)
