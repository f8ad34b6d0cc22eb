"""Another file holder's diary number cited in brackets in running text is no reference of the minutes:
"... inom del av fastigheten Storfors 4:2 i Älvsbyns kommun (Lst dnr 551-856-13)", "(Länsstyrelsens dnr
505-123-19)", "(ert dnr 2019/44)", as municipal boards write the cases they are told of. Look-alikes that
stay the minutes' own number: a Dnr label opening its line or its brackets ("(Dnr KS 2020/12)"), the body's
short name before the label ("KS Dnr 2020/12") outside brackets."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = "Protokoll\n\nMyndighetsnämnden\n\nSammanträdesdatum 2013-04-04\n\n"


def _reference(line: str) -> str | None:
    return extract_meeting(minutes_from_text(_HEAD + line + "\n\n§ 1 Delgivningar\n\nNoterades.\n"))[0].reference


@pytest.mark.parametrize("line", [
    "Beslut om tillstånd för provbrytning i Älvsbyns kommun (Lst dnr 551-856-13) (MR 406/12 MTN)",
    "Yttrande över ansökan om strandskyddsdispens (Länsstyrelsens dnr 505-123-19)",
    "Svar på remiss om vindkraft (ert dnr 2019/44)",
])
def test_another_holders_number_in_brackets_is_no_reference(line: str) -> None:
    assert _reference(line) is None


@pytest.mark.parametrize(("line", "value"), [
    ("Dnr KS 2020/12", "KS 2020/12"),
    ("Protokoll (Dnr KS 2020/12)", "KS 2020/12"),
    ("Diarienummer: 2013/45", "2013/45"),
])
def test_the_minutes_own_number_stays(line: str, value: str) -> None:
    assert _reference(line) == value
