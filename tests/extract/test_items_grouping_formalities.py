"""A parent heading that only groups the opening formalities, an adjective before "formalia" ("1 Inledande
formalia" / "1.1 Mötets öppnande" / "1.2 Fastställande av röstlängd"): its numbered sub-points are the items.

Look-alikes: a parent that names a matter of its own ("1 Inledande diskussion om budget", "2 Formaliafrågor
från revisorerna") keeps its sub-points inside it.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _is_grouping, find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsemöte 2013-04-04\n\nNärvarande: Anna Berg, Bo Ek.\n\n"


@pytest.mark.parametrize("title", ["Inledande formalia", "Inledande formalia:", "Avslutande formalia",
                                   "Mötets formalia", "Inledande punkter"])
def test_formalities_group(title: str) -> None:
    assert _is_grouping(title)


@pytest.mark.parametrize("title", ["Inledande diskussion om budget", "Formaliafrågor från revisorerna",
                                   "Inledande föredrag", "Punkter från årsmötet"])
def test_matter_of_its_own_does_not_group(title: str) -> None:
    assert not _is_grouping(title)


def test_sub_points_under_opening_formalities_are_items() -> None:
    text = (HEAD + "1 Inledande formalia\n\n1.1 Mötets öppnande\n\nMötet öppnades klockan 18:25.\n\n"
            "1.2 Fastställande av röstlängd\n\n8 av 9 närvarar.\n\n1.3 Val av justerare\n\nJohn valdes.\n\n"
            "2 Ekonomi\n\nKassan redovisades.\n\n3 Övrigt\n\nInget.\n")
    heads, _ = find_headings(minutes_from_text(text))
    assert [h.number for h in heads] == ["1.1", "1.2", "1.3", "2", "3"]
