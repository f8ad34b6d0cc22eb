""""X kommer närvara på följande fullmäktigemöte för att redovisa verksamhetsplanen": a guest to attend a later
meeting to present a topic announces the topic (planner.extract.items `announcement`), and the item does not come
back (`classify`). A list entry naming the next meeting itself ("Nästa fullmäktigemöte kommer att hållas den
21.10.2020") announces nothing."""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import Sentence, announcement, classify

SEPT_2020 = date(2020, 9, 23)


@pytest.mark.parametrize(("sentence", "when"), [
    (("Ordföranden informerar att föreningens ordförande kommer närvara på följande fullmäktige möte för att redovisa "
     "verksamhetsplanen."), "next"),
    ("Anna deltar på nästa möte för att berätta om projektet.", "next"),
    ("Ekonomichefen bjuds in till nästa sammanträde för att ge en dragning om budgeten.", "next"),
    ("Kommunens miljöstrateg kommer till styrelsemötet den 12 oktober för att presentera energiplanen.", "2020-10-12"),
    ("Revisorn medverkar vid kommande styrelsemöte för att gå igenom bokslutet.", "next"),
])
def test_guest_to_present_at_later_meeting_is_announced(sentence: str, when: str) -> None:
    found = announcement(Sentence(sentence, 0, len(sentence)), SEPT_2020)
    assert found is not None and found.when == when
    assert classify(sentence, SEPT_2020) is None


@pytest.mark.parametrize("sentence", [
    "Anna deltar i nästa möte.",
    "Revisorn närvarade på förra mötet för att redovisa granskningen.",
    "Anna kommer att delta på dagens möte för att presentera projektet.",
    "Kassören kommer till mötet för att presentera budgeten.",
    "Anna deltar i projektet för att visa hur arbetet går till.",
])
def test_no_later_meeting_announces_nothing(sentence: str) -> None:
    assert announcement(Sentence(sentence, 0, len(sentence)), SEPT_2020) is None


@pytest.mark.parametrize("sentence", [
    "Nästa fullmäktigemöte kommer att hållas den 21.10.2020 kl 17:00",
    "Nästa möte hålls den 5 november.",
    "Nästa styrelsemöte blir den 3 november i kansliet.",
    "• Kommande möte äger rum den 20 oktober.",
])
def test_list_entry_of_next_meeting_itself_announces_nothing(sentence: str) -> None:
    assert announcement(Sentence(sentence, 0, len(sentence), 3), SEPT_2020) is None


@pytest.mark.parametrize("sentence", [
    "Presentation av budgeten görs på nästa möte.",
    "Kassören kommer med en redovisning på nästa möte.",
])
def test_list_entry_of_topic_still_announced(sentence: str) -> None:
    found = announcement(Sentence(sentence, 0, len(sentence), 3), SEPT_2020)
    assert found is not None and found.when == "next"
