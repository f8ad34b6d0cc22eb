"""Minutes of an association's meeting that name the association in the genitive before the meeting's
kind ("Protokoll vid Villaföreningen Södra Utmarkens årsmöte 2008") under a title that names only the
kind ("ÅRSMÖTESPROTOKOLL", "Styrelsemöte"): the body is "<association>, <kind>"
(`header.association_of_generic_meeting`). A genitive that is no association's, a meeting of another
kind, or a line in capitals (whose genitive "s" cannot be told) leaves the body as it was."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nNärvarande: Jan Persson, Gun Sjödin\n\n§ 1 Ordföranden öppnade mötet.\n\n§ 2 Dagordningen godkändes.\n"


@pytest.mark.parametrize(("head", "body"), [
    # real heads
    ("ÅRSMÖTESPROTOKOLL\n\n2008-03-26\n\nProtokoll vid Villaföreningen Södra Utmarkens årsmöte 2008\n\nPlats: Matsalen",
     "Villaföreningen Södra Utmarken, årsmöte"),
    ("Styrelsemöte 2021-02-23\n\nMinnesanteckningar fört vid Skellefteortens Biodlarförenings styrelsemöte",
     "Skellefteortens Biodlarförening, styrelsen"),
    ("Årsmötesprotokoll\n\n2003-03-20\n\nProtokoll från Sjögestads byalags årsmöte", "Sjögestads byalag, årsmöte"),
    # look-alikes
    ("ÅRSMÖTESPROTOKOLL\n\n2008-03-26\n\nProtokoll vid Kalle Ankas årsmöte 2008", "Årsmötesprotokoll"),  # no association
    ("ÅRSMÖTESPROTOKOLL\n\n2008-03-26\n\nProtokoll vid Villaföreningen Södra Utmarkens styrelsemöte",
     "Årsmötesprotokoll"),  # another kind
    ("ÅRSMÖTESPROTOKOLL\n\n2008-03-26\n\nPROTOKOLL VID RYD-BOATORPS BYALAGS ÅRSMÖTE", "Årsmötesprotokoll"),  # capitals
])
def test_association_named_in_genitive(head: str, body: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    assert meeting.body == body
