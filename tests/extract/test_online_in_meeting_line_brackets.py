"""A short bracket naming the meeting's form on the head's meeting line ("(digitalt)", "(via Zoom)") says
the meeting was held online (`header.online_in_meeting_line_brackets`)."""

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nNärvarande: Britta Burström, ordförande\n\n§ 1 Mötets öppnande\n"


@pytest.mark.parametrize(
    ("head", "online"),
    [
        # real phrases
        (("Styrelsemöte 2021-02-23\n\nMinnesanteckningar fört vid Skellefteortens Biodlarförenings styrelsemöte "
          "1-2021 23/2 2021 (digitalt)."), "digital"),
        ("Protokoll styrelsemöte 2021-03-04 (via Zoom)", "Zoom"),
        ("Styrelsemöte 2021-03-04 (online)", "digital"),
        # look-alikes: a bracket that is no form, a bracket on a line without the meeting, a long bracket
        ("Styrelsemöte 2021-03-04 (protokoll nr 3)", None),
        ("Protokoll 2021-03-04\n\nGäster (digitalt)", None),
        ("Styrelsemöte 2021-03-04 (Anna deltog digitalt via länk från sin stuga)", None),
    ],
)
def test_online_in_meeting_line_brackets(head: str, online: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    assert meeting.online == online
