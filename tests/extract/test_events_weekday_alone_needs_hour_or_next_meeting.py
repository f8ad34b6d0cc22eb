"""A date needs a month: a weekday said alone ("nu på måndag", "nästa fredag") dates an event only as
an hour set on it ("klockan 09:00 på lördag") or as the body's next meeting ("Nästa möte blir nästa
torsdag", "Nästa tisdag träffas arbetsgruppen igen"). A plan told in passing with only the weekday is no event."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll samrådsmöte 2022-10-12\n\nNärvarande: Anna Berg, Olle Ek\n\n1. Information\n\n"


@pytest.mark.parametrize(
    ("said", "events"),
    [
        # an hour on the day, or the body's next meeting: 2022-10-12 is a Wednesday
        ("Vi som arrangörer borde vara där klockan 09:00 på lördag.", ["2022-10-15"]),
        ("Vi köper in nya stolar till nästa fredag kl 17.00.", ["2022-10-14"]),
        ("Nästa möte blir nästa tisdag.", ["2022-10-18"]),
        ("Nästa möte blir kommande torsdag i skolans bibliotek.", ["2022-10-13"]),
        ("Nästa tisdag träffas arbetsgruppen igen.", ["2022-10-18"]),
        ("Styrelsen ses igen denna fredag.", ["2022-10-14"]),
        # look-alikes: a plan in passing, with no hour and no meeting of the body
        ("Lärarna ska träffas via länk med sina respektive elever nu på måndag för att utbyta boktips.", []),
        ("Biblioteket har öppet igen nästa fredag.", []),
        ("Kommande tisdag börjar simundervisningen.", []),
        ("Klassen åker till simhallen denna fredag.", []),
        ("Eleverna träffas nu på måndag för att byta böcker och ses sedan i december.", []),
    ],
)
def test_weekday_alone(said: str, events: list[str]) -> None:
    got = extract_text(minutes_from_text(HEAD + said + "\n\n2. Övrigt\n\nInga övriga frågor.\n"))
    assert [e.date for e in got.events] == events
