"""A head naming only the kind of a general meeting ("Årsmöte", "Protokoll ordinarie årsmöte") takes the
organisation named near it: after the kind on a head line, a registered association's own line, or an
organisation's own line at the top."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # the kind, then the organisation on the next head line
        (("Protokoll från SFF’s årsmöte\n\nProtokoll årsmöte Solbergaskolans föräldraförening\n\nDatum 2019-10-02\n"
         "\nPlats:\n\nSkolans bibliotek\n\nNärvarande:\n\nAnna Ek\n\nVal av ordförande\n"),
         "Solbergaskolans föräldraförening, årsmöte"),
        # a narrative lead naming the organisation before the protocol
        (("Årsmöte 4 oktober 2016\n\nTisdagen den 4 oktober 2016 hölls årsmöte i Ekbackens hembygdsförening. "
         "Deltagandet var lågt.\n\nProtokoll ordinarie årsmöte 2016-10-04\n\nPlats: Skolans matsal\n"
         "Närvarande: Anna Ek, Per Lind\n\n 1. Årsmötet öppnades.\n"),
         "Ekbackens hembygdsförening, årsmöte"),
        # a Finland-Swedish registered association on its own line above the kind
        (("Föreningen Hem och Skola vid Norrby skola rf.\n\nÅrsmöte          12.9.2013\n\nNärvarande:\n\n"
         "Anna Ek, Per Lind\n\n1.  Mötet öppnades kl. 19.00.\n"),
         "Föreningen Hem och Skola vid Norrby skola rf, årsmöte"),
        # look-alikes: no organisation named anywhere; a board meeting is no general meeting
        (("Årsmöte protokoll 2023\n\nÅRSMÖTESPROTOKOLL Datum: 2023-04-20\nPlats: Klubbhuset\n\n"
         "Närvarande: Anna Ek, Per Lind\n\n1. Mötets öppnande\n"), "Årsmöte"),
        (("Styrelsemöte 2019-10-02\n\nÅrsmötet i Solbergaskolans föräldraförening hålls i mars.\n\n"
         "Närvarande: Anna Ek, Per Lind\n\n1. Mötets öppnande\n"), "Styrelsen"),
    ],
)
def test_organisation_of_a_bare_general_meeting(text: str, body: str | None) -> None:
    assert _body(text) == body
