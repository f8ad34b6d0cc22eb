""""Avdelningschefen kommer att bjudas in till beredningens sammanträde våren 2024 för att föredra om ...": a guest
invited (or a topic to be dealt with, HANDLED_LATER) at a meeting of the body set at a later season, with no date,
announces the topic for a later meeting with `when` null (planner.extract.items `announcement`). A season of an
earlier year, a members' meeting, another body's meeting or no meeting named announces nothing."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import Sentence, announcement, classify

NOV_2023 = date(2023, 11, 23)


@pytest.mark.parametrize("sentence", [
    ("Avdelningschefen för säkerhetsavdelningen kommer att bjudas in till demokratiberedningens sammanträde "
     "våren 2024 för att föredra om regionens säkerhetsarbete."),
    "Ekonomichefen bjuds in till ett möte i vår för att redovisa budgetläget.",
    "Kommunens miljöstrateg bjuds in till styrelsemötet under hösten 2024.",
    "Representanter för polisen ska bjudas in till rådets sammanträde till hösten.",
    "Länsstyrelsen inbjuds till mötet efter sommaren för att redovisa uppdraget.",
])
def test_meeting_at_later_season_announces_without_when(sentence: str) -> None:
    found = announcement(Sentence(sentence, 0, len(sentence)), NOV_2023)
    assert found is not None and found.when is None
    assert classify(sentence, NOV_2023) is None


@pytest.mark.parametrize("sentence", [
    "Ekonomichefen bjuds in till ett möte under hösten 2022.",  # a season before the meeting: history
    "Alla medlemmar bjuds in till årsmötet i vår.",  # the members' meeting, not this body's
    "Ekonomichefen bjuds in för att presentera budgeten i höst.",  # no meeting named
    "Ekonomichefen bjöds in till mötet i höstas.",  # told in the past
    "Kommunens miljöstrateg bjuds in till ett möte varje höst.",  # a custom, no later time
])
def test_no_later_season_meeting_announces_nothing(sentence: str) -> None:
    assert announcement(Sentence(sentence, 0, len(sentence)), NOV_2023) is None


def test_dated_and_next_meeting_keep_their_when() -> None:
    for sentence, when in [("Ekonomichefen bjuds in till nästa möte i höst.", "next"),
                           ("Ekonomichefen bjuds in till mötet den 12 mars 2024.", "2024-03-12")]:
        found = announcement(Sentence(sentence, 0, len(sentence)), NOV_2023)
        assert found is not None and found.when == when
