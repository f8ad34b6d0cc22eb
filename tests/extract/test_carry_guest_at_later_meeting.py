"""A guest at a later meeting of the body is announced for it, the item stays handled (planner.extract.items).

"Nästa möte den 24 november kommer Skånetrafiken på besök" (1100), "Kommande möten blir den 24 sept kl.9.30, oklart
var samt 19 nov då äldrenämndens ordförande Eva Christiernin är inbjuden" (1082): a visit or a standing invitation
(words.GUEST_VERBS) at the next meeting, or at the later meeting whose day a "då" follows, is a topic announced for
that meeting (`when` "next", or that day), not the item's matter coming back. Look-alikes: a guest told in the
past ("var inbjuden"), one at this meeting, one at the members' annual meeting, a visit the body pays itself, and
several later meetings named with no guest.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_MINUTES = """Protokoll styrelsemöte 2021-05-11
Närvarande: Anna Berg, Per Holm, Eva Lind
§ 1 Mötets öppnande
Ordföranden öppnar mötet.
§ 2 Kollektivtrafiken
{sentence}
§ 3 Mötet avslutas
Ordföranden avslutar mötet.
"""


def _read(sentence: str) -> tuple[list[tuple[str | None, str, str | None]], list[str]]:
    out = extract_text(minutes_from_text(_MINUTES.format(sentence=sentence)))
    return [(c.from_item, c.reason.value, c.when) for c in out.carry], [i.status.value for i in out.items]


@pytest.mark.parametrize(("sentence", "when"), [
    ("Nästa möte den 24 november kommer Skånetrafiken på besök.", "next"),
    ("På nästa möte kommer Skånetrafiken på besök för att svara på frågor.", "next"),
    ("Kommunens miljöstrateg är inbjuden till nästa möte.", "next"),
    ("Nästa möte blir den 24 september. Då är kommunens miljöstrateg inbjuden.", "next"),
    ("Vid nästa möte får vi besök av polisen.", "next"),
    ("Kommande möten blir den 24 sept kl.9.30, oklart var samt 19 nov då äldrenämndens ordförande är inbjuden.",
     "2021-11-19"),
    ("Mötesdagar i höst: 14 september och 12 oktober, då länstrafikens vd besöker oss.", "2021-10-12"),
])
def test_guest_at_a_later_meeting_is_announced(sentence: str, when: str) -> None:
    carry, statuses = _read(sentence)
    assert carry == [("2", "announced", when)]
    assert statuses == ["handled"] * 3


@pytest.mark.parametrize("sentence", [
    "Skånetrafiken var inbjuden till mötet men kunde inte komma.",  # past, this meeting
    "Idag kommer Skånetrafiken på besök och berättar om tidtabellen.",  # this meeting
    "Förbundets ordförande är inbjuden till årsmötet den 14 oktober.",  # the members' meeting
    "Kommande möten: 14 september och 12 oktober, då vi besöker kommunhuset.",  # the body visits, no guest
    "Kommande möten blir den 14 september och 12 oktober.",  # no guest at all
])
def test_no_guest_at_a_later_meeting_announces_nothing(sentence: str) -> None:
    carry, statuses = _read(sentence)
    assert carry == []
    assert statuses == ["handled"] * 3
