"""An opening sentence that says the meeting, or its roll call, took place on a platform ("Den 16 december
genomfördes det första Zoom-möte med föreningarna", "Upprop av ledamöter skedde via Teams.") gives the meeting's
online venue; a sentence about the next or coming meetings, or one that names no meeting, gives none (branch r70)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

REPORT = ("Videomöten med föreningarna 2020-12-16\n\n{sentence} Syftet var främst att se om detta var ett "
          "fungerande sätt att träffas.\n\nDe 13 föreningar som deltog var alla överens om att det var en utmärkt "
          "lösning.\n")


@pytest.mark.parametrize(
    ("sentence", "online"),
    [
        ("Den 16 december genomfördes det första Zoom-möte med föreningarna i distriktet.", "Zoom"),
        ("Mötet med föreningarna hölls den 16 december på Teams.", "Teams"),
        ("Upprop av ledamöter skedde via Teams.", "Teams"),
        ("Styrelsens sammanträde ägde rum den 16 december via Skype.", "Skype"),
        ("Den 16 december avhölls höstens möte via Google Meet för första gången.", "Google Meet"),
        # look-alikes: the next or coming meetings, no meeting named, a platform before the verb
        ("Kommande möten hölls förr via Zoom men nu ses vi i Folkets hus.", None),
        ("Utbildningen genomfördes via Zoom för alla kassörer.", None),
        ("Zoom-länken skickades ut och mötet genomfördes i Folkets hus.", None),
    ],
)
def test_held_on_platform_sentence(sentence: str, online: str | None) -> None:
    got = extract_text(minutes_from_text(REPORT.format(sentence=sentence)))
    assert got.meeting.online == online
