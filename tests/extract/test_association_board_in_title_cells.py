"""A comma-parted title with the board's meeting in one cell and the organisation in another
(`header.association_board_in_title_cells`) gives "<organisation>, styrelsen"."""

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nNärvarande: Bengt Eriksson, Gustav Dahlstrand\n\n§ 1 Mötets öppnande\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # real phrases
        ("Protokoll, styrelsemöte, Fröskog Ek. Fiberförening, #24\n\nProtokoll styrelsemöte nr 24, 2013-05-12",
         "Fröskog Ek. Fiberförening, styrelsen"),
        ("protokoll 17-11-21\n\nProtokoll: Styrelsemöte 1, Verksamhetsåret 2017-18, Alingsås Biodlareförening",
         "Alingsås Biodlareförening, styrelsen"),
        # look-alikes: no organisation cell; a cell that is no board meeting
        ("Protokoll, styrelsemöte, Kommunhuset, #24\n\nProtokoll styrelsemöte nr 24, 2013-05-12", None),
        ("Protokoll, årsmöte, Fröskog Ek. Fiberförening, #24\n\nProtokoll 2013-05-12", None),
    ],
)
def test_association_board_in_title_cells(head: str, body: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    if body is None:
        assert not (meeting.body or "").endswith(", styrelsen")
    else:
        assert meeting.body == body
