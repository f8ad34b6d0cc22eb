"""Notes with a short heading over each bullet list: a heading with nothing noted under it is an item too.

"Val av justeringsman" / "• Bengt Oberger valdes." / "Anmärkningar från senaste mötesprotokollet" /
"FDC-ansökan" / "• Ansökan till FDC ... diskuterades.": the middle heading stands between the last bullet
of one list and the next heading; its item had nothing noted. A label ending with a colon
is none.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Mötesprotokoll 2016-09-26\n\nNärvarande\nMattias Blomgren, Elza Dunkels, Bengt Oberger\n\n"
         "Mötets öppnande\n\n  • Mötet öppnades.\n\nVal av justeringsman\n\n  • Bengt Oberger valdes.\n\n")
_TAIL = ("FDC-ansökan\n\n  • Ansökan till FDC och budgetförslag gicks igenom och diskuterades.\n\n"
         "Övriga frågor\n\n  • Inga övriga frågor behandlades.\n\nMötets avslutande\n\n  • Mötet avslutades.\n")


def _titles(middle: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(_HEAD + middle + _TAIL))
    return [h.title for h in heads]


def test_empty_heading_between_two_lists_is_an_item() -> None:
    titles = _titles("Anmärkningar från senaste mötesprotokollet\n\n")
    assert titles == ["Mötets öppnande", "Val av justeringsman", "Anmärkningar från senaste mötesprotokollet",
                      "FDC-ansökan", "Övriga frågor", "Mötets avslutande"]


def test_label_with_colon_is_none() -> None:
    assert "Anmärkningar" not in " ".join(_titles("Anmärkningar:\n\n"))

