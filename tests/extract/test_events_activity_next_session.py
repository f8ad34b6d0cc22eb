""""Nästa tillfälle" or "nästa gång" after an activity named in the same sentence (a course, a youth
programme, a training, a camp, a clinic, a study circle, a lecture series) is that activity's next
session: an event, but not the body's next meeting and no meeting. Alone, or after a meeting noun,
or with the activity in an earlier sentence, "nästa tillfälle" stays the body's next meeting."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2018-01-22\n\n§ 1. Mötet öppnades.\n\n§ 5. Rapporter. "
TAIL = "\n\n§ 9. Avslutning. Inget.\n"


def read(line: str) -> tuple[str | None, list[str]]:
    r = extract_text(minutes_from_text(HEAD + line + TAIL))
    return r.next_meeting, [str(e.kind) for e in r.events]


@pytest.mark.parametrize("line", [
    ("I skrivande stund är det drygt 40 anmälda till Runstens Ungdomssatsning och nästa tillfälle äger rum"
    " 10-11 februari på Runsten anläggning."),
    "Kursen i bokföring har börjat, nästa tillfälle är den 14 februari.",
    "Hoppträningen för juniorer fortsätter och nästa gång blir den 3 mars.",
    "Studiecirkeln i släktforskning har kommit i gång, nästa tillfälle 7 februari.",
])
def test_next_session_of_an_activity_is_no_next_meeting(line: str) -> None:
    next_meeting, kinds = read(line)
    assert next_meeting is None
    assert len(kinds) == 1 and kinds[0] != "meeting"


@pytest.mark.parametrize(("line", "iso"), [
    ("Nästa tillfälle blir den 14 februari.", "2018-02-14"),
    ("Kursen diskuterades. Nästa tillfälle är den 14 februari.", "2018-02-14"),
    ("Efter kursen i bokföring är nästa möte den 14 februari.", "2018-02-14"),
    ("Nästa gång ses vi den 14 februari.", "2018-02-14"),
])
def test_next_occasion_of_the_body_stays(line: str, iso: str) -> None:
    assert read(line)[0] == iso
