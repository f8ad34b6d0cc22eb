"""Minutes titled only by the general meeting's minutes word ("Årsmötesprotokoll 2009") with a line below that
opens with the organisation's name and then the meeting's kind as a cell of its own ("Sågtäktens
bygdegårdsförening Årsmöte 10/2 2009"): the body is "<organisation>, årsmöte". Look-alikes: another kind of
meeting on that line, words before the kind that name no organisation ("Styrelsens förslag")."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

TAIL = "\n\nNärvarande: Thomas Öberg, Lisa Wallström, Kent Sandberg\n\n1. Mötet öppnades.\n2. Dagordningen godkändes.\n"

CASES = [
    pytest.param("Årsmötesprotokoll 2009\n\nSågtäktens bygdegårdsförening Årsmöte 10/2 2009",
                 "Sågtäktens bygdegårdsförening, årsmöte", id="village-hall"),
    pytest.param("Årsmötesprotokoll\n\nBjörkby hembygdsförening Årsmöte 2015-03-14", "Björkby hembygdsförening, årsmöte",
                 id="local-history"),
    pytest.param("Årsmötesprotokoll 2016\n\nLjungby Ryttarförening Årsmöte 20 februari 2016",
                 "Ljungby Ryttarförening, årsmöte", id="riding-club"),
    # look-alikes: another kind of meeting, no organisation named
    pytest.param("Årsmötesprotokoll 2009\n\nSågtäktens bygdegårdsförening Medlemsmöte 10/2 2009", "Årsmötesprotokoll",
                 id="other-kind"),
    pytest.param("Årsmötesprotokoll 2009\n\nStyrelsens förslag Årsmöte 10/2 2009", "Årsmötesprotokoll",
                 id="no-organisation"),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_organisation_before_kind_cell(head: str, body: str) -> None:
    assert extract_text(minutes_from_text(head + TAIL)).meeting.body == body
