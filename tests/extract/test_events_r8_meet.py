"""A yearless day in a noun phrase whose clause goes on in an active past tense is a past occasion.

"trivselaktiviteten den 9 november för medlemmar, som på olika sätt bidragit under året, samlade ca 25
deltagare" in minutes of 11 February: the verb of the date's own clause comes after a short prepositional
phrase and a relative clause between commas, and it is past, so the day was last November, no event ahead.
Look-alikes: a present tense ("den 9 november samlas vi", "samlar vi in"), a passive ("i aulan
diskuterades": the topic discussed, the day to come), and a past verb inside the relative clause ("som
planerades i höstas, kommer att") keep the event.
"""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates


def _minutes(sentence: str) -> str:
    return ("Protokoll styrelsemöte 2019-02-11\n\nNärvarande: Anna Berg, Karl Ek, Lars Holm\n\n"
            "§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n"
            f"§ 2 Verksamheten\n\n{sentence}\n\n§ 3 Mötets avslutande\n\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize(("sentence", "dates"), [
    (("Noterades att trivselaktiviteten den 9 november för medlemmar, som på olika sätt bidragit under året, "
      "samlade ca 25 deltagare."), []),
    ("Julfesten den 14 december för medlemmar lockade 40 gäster.", []),
    ("Städdagen den 12 oktober, som ordnades av husgruppen, samlade 15 personer.", []),
    ("Ordföranden berättade att föreläsningen den 20 november på biblioteket samlade 30 åhörare.", []),
    # look-alikes: the day ahead
    ("Den 9 november samlas vi i bygdegården.", ["2019-11-09"]),
    ("Den 9 november samlar vi in gamla tidningar.", ["2019-11-09"]),
    ("Konferensen den 9 november i aulan diskuterades.", ["2019-11-09"]),
    ("Trivselkvällen den 9 november, som planerades i höstas, kommer att hållas i bygdegården.", ["2019-11-09"]),
])
def test_past_verb_after_date_phrase(sentence: str, dates: list[str]) -> None:
    assert event_dates(_minutes(sentence), "2019-02-11")[0] == dates
