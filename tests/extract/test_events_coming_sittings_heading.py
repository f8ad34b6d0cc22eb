"""A heading over a body's coming sittings named by the body's own noun ("Kommande råd", "Planerade forum:",
"Kommande råd 2023") makes the days under it the body's meetings, the first of them its next meeting; a
welcome right below the list ("Varmt välkomna till vårdcentralen Svalöv.") says where they are held. A
heading that names something else coming ("Kommande råd och tips"), and a welcome under prose, do not.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Medborgarrådet\n\nProtokoll 7 juni 2022\n\nVi diskuterade tillgänglighet.\n\n"


def events(lines: str) -> tuple[list[tuple[str, str, str | None]], str | None]:
    r = extract_text(minutes_from_text(HEAD + lines + "\n"))
    return [(e.date, e.kind.value, e.venue) for e in r.events], r.next_meeting


@pytest.mark.parametrize(("lines", "want", "nxt"), [
    ("Kommande råd\n\n13 september 17-18.30\n\n25 oktober 17-18.30\n\nDrop in! Varmt välkomna till vårdcentralen Svalöv.",
     [("2022-09-13", "meeting", "vårdcentralen Svalöv"), ("2022-10-25", "meeting", "vårdcentralen Svalöv")],
     "2022-09-13"),
    ("Planerade forum:\n\n13 september\n\n25 oktober", [("2022-09-13", "meeting", None), ("2022-10-25", "meeting", None)],
     "2022-09-13"),
    ("Kommande råd 2022\n\n13 september\n\n25 oktober\n\nVälkomna till Kommunhuset, Tranås!",
     [("2022-09-13", "meeting", "Kommunhuset, Tranås"), ("2022-10-25", "meeting", "Kommunhuset, Tranås")], "2022-09-13"),
    ("Kommande råd\n\n- 13 september kl 17.00\n- 25 oktober kl 17.00\n\nHjärtligt välkomna till Folkets hus!",
     [("2022-09-13", "meeting", "Folkets hus"), ("2022-10-25", "meeting", "Folkets hus")], "2022-09-13"),
    ("Nästkommande råd\n\n13 september", [("2022-09-13", "meeting", None)], "2022-09-13"),
])
def test_coming_sittings_heading(lines: str, want: list[tuple[str, str, str | None]], nxt: str) -> None:
    assert events(lines) == (want, nxt)


@pytest.mark.parametrize(("lines", "venue"), [
    # another thing coming: the days are no meetings of the body
    ("Kommande råd och tips\n\n13 september", None),
    # a welcome to a meeting names no place
    ("Kommande råd\n\n13 september\n\nVarmt välkomna till nästa möte!", None),
    # a welcome under prose, not right below the list
    (("Kommande råd\n\n13 september\n\nVi har bjudit in fritidschefen som ska berätta om sommarens verksamhet för "
     "barn och unga i kommunen.\n\nVälkomna till Folkets hus!"), None),
])
def test_no_sittings_or_place_from_look_alikes(lines: str, venue: str | None) -> None:
    found, _ = events(lines)
    assert all(v == venue for _, _, v in found)
    if "tips" in lines:
        assert all(kind != "meeting" for _, kind, _ in found)
