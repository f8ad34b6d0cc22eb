"""A present list set out as a grid of names, its columns flattened into runs of spaces ("Göran Jarhult
Viktoria Struxsjö   Kicki Bengtsson" / "Jannika Bengtsson   Cissi Meltzer   Monica Sjöblom"): a row under a row
of names only is names too, though one given name is none a list knows. Look-alikes: such a row alone (a name, an
organisation and a second name), a row of a name, an organisation and a name under no grid."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll 2013-03-19\n\nNärvarande styrelsen och skola:\n"
TAIL = "\n\n§1. Mötet öppnades.\n"
GRID = "Göran Jarhult                      Viktoria Struxsjö                Kicki Bengtsson"

CASES = [
    pytest.param([GRID, "Jannika Bengtsson              Cissi Meltzer                       Monica Sjöblom",
                  "Magnus Kruse                    Victoria Kristensson           Malin Andersson"],
                 ["Göran Jarhult", "Viktoria Struxsjö", "Kicki Bengtsson", "Jannika Bengtsson", "Cissi Meltzer",
                  "Monica Sjöblom", "Magnus Kruse", "Victoria Kristensson", "Malin Andersson"], id="parents-grid"),
    pytest.param([GRID, "Anna Ek          Tiina Rautio          Bo Berg"],
                 ["Göran Jarhult", "Viktoria Struxsjö", "Kicki Bengtsson", "Anna Ek", "Tiina Rautio", "Bo Berg"],
                 id="unknown-middle"),
    pytest.param([GRID, "Anna Ek          Bo Berg          Ylvali Sandberg"],
                 ["Göran Jarhult", "Viktoria Struxsjö", "Kicki Bengtsson", "Anna Ek", "Bo Berg", "Ylvali Sandberg"],
                 id="unknown-last"),
    # look-alikes: no grid above, a row of a name, an organisation and a name
    pytest.param(["Jannika Bengtsson              Cissi Meltzer                       Monica Sjöblom"],
                 ["Jannika Bengtsson"], id="no-grid-above"),
    pytest.param(["Anna Ek        Svenska Kyrkan        Bo Berg"], ["Anna Ek", "Bo Berg"], id="name-org-name"),
]


@pytest.mark.parametrize(("rows", "names"), CASES)
def test_grid_row_of_names(rows: list[str], names: list[str]) -> None:
    present = extract_text(minutes_from_text(HEAD + "\n".join(rows) + TAIL)).meeting.present
    assert [p.name for p in present] == names
