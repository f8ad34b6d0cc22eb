""""Representanter för Kulturnämnden/sekretariatet ska bjudas in till samrådsgruppen" in Samrådsgruppens minutes
(1004): someone invited to the body itself, by its own noun ("till samrådsgruppen", "till pensionärsrådet"), is a
guest at a later meeting of the body, so the topic is announced with `when` null (planner.extract.items
`_invited_to_own_body`, read through `_Reading.announcement`). Look-alikes: an invitation to another group, one by
the body to something else ("Samrådsgruppen bjuder in till en öppen träff"), one told in the past ("bjöds in"),
one dated before the meeting, and the same words in the minutes of another body."""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_MINUTES = """Minnesanteckningar

{body}

Datum: 2021-09-26

Närvarande: Anna Berg, Per Holm, Eva Lind

1. Mötets öppnande

Ordföranden öppnar mötet.

2. Information från regionen

Regionen informerar om arbetet med strategin. {sentence}

3. Mötets avslutande

Ordföranden avslutar mötet.
"""


@pytest.mark.parametrize(("body", "sentence"), [
    ("Samrådsgruppen för nationella minoriteter",
     "Representanter för Kulturnämnden/sekretariatet ska bjudas in till samrådsgruppen."),
    ("Pensionärsrådet i Lunds kommun", "Kommunens äldreombudsman bjuds in till pensionärsrådet."),
    ("Tillgänglighetsrådet",
     "Kommunens fastighetschef ska bjudas in till tillgänglighetsrådet för att berätta om ombyggnaden."),
    ("Styrgruppen för folkhälsa", "Vi bjuder in länsstyrelsen till styrgruppen."),
    ("Referensgruppen för cykelplanen", "Polisen bjuds in till referensgruppen."),
])
def test_invited_to_own_body_is_announced(body: str, sentence: str) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(body=body, sentence=sentence)))
    assert found.meeting.body == body
    assert [(c.from_item, c.reason.value, c.when) for c in found.carry] == [("2", "announced", None)]
    assert [it.status.value for it in found.items] == ["handled"] * 3


@pytest.mark.parametrize(("body", "sentence"), [
    ("Samrådsgruppen för nationella minoriteter",
     "Representanter för Kulturnämnden ska bjudas in till referensgruppen."),  # another group
    ("Samrådsgruppen för nationella minoriteter", "Samrådsgruppen bjuder in till en öppen träff för allmänheten."),
    ("Samrådsgruppen för nationella minoriteter",
     "Representanter för Kulturnämnden bjöds in till samrådsgruppen i våras."),  # told in the past
    ("Samrådsgruppen för nationella minoriteter",
     "Representanter för Kulturnämnden bjuds in till samrådsgruppen den 3 maj 2021."),  # before the meeting
    ("Kommunstyrelsens arbetsutskott", "Kommunens äldreombudsman bjuds in till pensionärsrådet."),  # not its own
])
def test_other_invitations_announce_nothing(body: str, sentence: str) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(body=body, sentence=sentence)))
    assert not found.carry
