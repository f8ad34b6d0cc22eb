"""Minutes whose head names no body often name it only in their running text ("Byarådet beslutar ...",
"Patientnämndens förvaltning återrapporterar ..."): a compound body noun mentioned at least twice, once
capitalised, is the body. Not a bare "Styrelsen", nor a body mentioned once, only in lower case, only as a
recipient or sender ("till", "från", "hos"), as a list's "För Kommunstyrelsen", on another meeting's day
("Regionfullmäktige 26/4"), nor a state agency or an office's title.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, recurring_body_noun
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("3. Byarådet beslutar ansöka om bidrag.\n4. Byarådet samordnar hemsidan.", "Byarådet"),
        (("Deltog från Patientnämnden: Anna Berg\nPatientnämndens förvaltning återrapporterar beslut.\n"
         "Patientnämndens förvaltning lämnar information."), "Patientnämnden"),
        (("Protokoll Sammanträdesdatum 2014-04-30 Regionstyrelsen 65 87 Tid Onsdag\n"
         "65 Justering Regionstyrelsen utser Per Persson att justera."), "Regionstyrelsen"),
        (("Beslutande För Kommunstyrelsen Anna Berg För Socialnämnden Bo Ek För Kommunstyrelsen Eva Ås\n"
         "Folkhälsorådets ordförande hälsade välkomna.\nFolkhälsorådet beslutar att godkänna."), "Folkhälsorådet"),
        ("FOLKHÄLSORÅD PROTOKOLL\nOrdförande hälsade välkomna. Folkhälsorådet beslutar.", "Folkhälsoråd"),
        ("Tillgänglighetsrådets roll i organisationen.\nFrågan tas upp i Tillgänglighetsrådet längre fram.",
         "Tillgänglighetsrådet"),
        ("Barn- och utbildningsnämnden beslutar att anta planen.\nBarn- och utbildningsnämndens ordförande.",
         "Barn- och utbildningsnämnden"),
        # look-alikes: no body
        ("Från ordförande föreslås att utvecklingsutskottet håller ett extra sammanträde.", None),
        ("Styrelsen beslutar att godkänna. Styrelsen godkänner budgeten.", None),
        ("Ärendet skickas till Kommunstyrelsen. Svar från Kommunstyrelsen väntas.", None),
        ("Kommande aktiviteter: Regionfullmäktige 26/4. Utförda: Regionfullmäktige 15/2.", None),
        ("Information om vattenrådet. Kontakt med vattenrådet tas.", None),
        ("Länsstyrelsen informerar. Länsstyrelsen i Jönköpings län deltog.", None),
        ("Kommunalrådet Anna Berg hälsade. Kommunalrådet svarade på frågor.", None),
        ("Val av valberedning. Valberedningen föreslår omval.", None),
        ("Samråd har skett med Samrådet.", None),
    ],
)
def test_recurring_body_noun(text: str, body: str | None) -> None:
    found = recurring_body_noun(text)
    assert (found.value if found else None) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Protokoll 2009-03-16\n\n1. Mötet öppnas\n\n2. Byarådet beslutar ansöka om bidrag.\n\n"
         "3. Byarådet samordnar hemsidan.\n"), "Byarådet"),
        (("Sammanträde 2023-12-14\n\n1. Justering\n\nDeltog från Patientnämnden: Anna Berg\n\n"
         "2. Patientnämndens förvaltning återrapporterar beslut.\n\n3. Patientnämndens förvaltning informerar.\n"),
         "Patientnämnden"),
        (("Mötesanteckningar 2023-05-16\n\n1. Mötet öppnas\n\n2. Från ordförande föreslås att utvecklingsutskottet"
         " håller ett extra sammanträde.\n"), None),
        (("Mötesanteckningar 2022-03-24\n\n1. Mötet öppnas\n\n2. Kommande: Regionfullmäktige 26/4\n\n"
         "3. Utfört: Regionfullmäktige 15/2\n"), None),
    ],
)
def test_meeting_body_from_running_text(text: str, body: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(text))
    assert meeting.body == body
