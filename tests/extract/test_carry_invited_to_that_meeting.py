""""– Nästa möte blir den 4/10 -22 kl 18:00 i Boulehallen / Anders B bjuder in folk från kommunen att deltaga vid
detta möte" (809), "4. Ändring av mötesdag från 1/10 till det nya datumet 24/9 / Ulrika bjuder in Karin Östling
till detta möte och ..." (468): an invitation to "detta möte" / "det mötet" right after a sentence (or the item's
heading) that names a later meeting points back at that meeting, so the guest's topic is announced for it
(planner.extract.items `_invited_to_that_meeting`; `when` "next" where the next meeting is named, else that
meeting's date, the last date named).
Look-alikes: the sentence before names no later meeting (this meeting), a past meeting, the members' meeting or
another body's meeting; an invitation told in the past ("bjöd in")."""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_MINUTES = """Protokoll styrelsemöte 2022-08-09

Närvarande: Anna Berg, Per Holm, Eva Lind

§ 1 Mötets öppnande

Ordföranden öppnar mötet.

§ 2 {title}

{before} {invite}

§ 3 Mötet avslutas

Ordföranden avslutar mötet.
"""


@pytest.mark.parametrize(("title", "before", "invite", "when"), [
    ("Nästa möte", "Nästa möte blir den 4/10 kl 18:00 i Boulehallen.",
     "Anders bjuder in folk från kommunen att deltaga vid detta möte.", "next"),
    ("Nästa möte", "Nästa styrelsemöte hålls i Bystugan.",
     "Kommunens miljöstrateg bjuds in till det mötet.", "next"),
    ("Ändring av mötesdag från 1/10 till det nya datumet 24/9", "",
     "Ulrika bjuder in rektorn till detta möte.", "2022-09-24"),
    ("Planering", "Vi träffas igen den 15 september.",
     "Revisorn ska bjudas in till det mötet för att gå igenom bokslutet.", "2022-09-15"),
    ("Kommande möten", "Nästa sammanträde blir den 20 oktober.",
     "Ekonomichefen inbjuds till detta sammanträde.", "next"),
])
def test_invited_to_that_later_meeting_is_announced(title: str, before: str, invite: str, when: str) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(title=title, before=before, invite=invite)))
    invited = [c for c in found.carry if c.title.startswith(invite.split(" ")[0])]
    assert [(c.from_item, c.reason.value, c.when) for c in invited] == [("2", "announced", when)]


@pytest.mark.parametrize(("title", "before", "invite"), [
    ("Gäster", "Styrelsen diskuterar lokalfrågan.", "Anders bjuder in folk från kommunen att deltaga vid detta möte."),
    ("Gäster", "Förra mötet hölls den 3 maj.", "Kommunens miljöstrateg bjuds in till det mötet."),
    ("Årsmöte", "Årsmötet hålls den 4 oktober.", "Alla medlemmar bjuds in till det mötet."),
    ("Kommunen", "Kommunfullmäktige sammanträder den 4 oktober.", "Vi bjuds in till det mötet."),
    ("Gäster", "Nästa möte blir den 4/10.", "Anna bjöd in kommunen till detta möte."),
])
def test_that_meeting_not_a_later_one_announces_nothing(title: str, before: str, invite: str) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(title=title, before=before, invite=invite)))
    assert not [c for c in found.carry if c.title.startswith(invite.split(" ")[0])]
