"""A contents list run together on one line, each item's own number after its title, one number lost.

"Innehållsförteckning Återrapport kosten 99 Rapport om lovskola 100 Nämndplan Prislista: ... 102
Prislista Varberg-Kungsbacka-Mark 103 ...": a title whose number went with a year before it
("Nämndplan 2017 101") leaves the count skipping one. A list that starts at 10 or above and skips
now and then still counts the items; page numbers (they start low, or rise in larger steps) do not.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows, transcript

_OPENING = ("SAMMANTRÄDESPROTOKOLL Sida 1 (23) Plats och tid Sätila 15 december 2016 kl Beslutande L Sofia Sjöstrand, "
            "ordförande M Anders Lindahl (M) Utses att justera Urban Jernberg Justeringens plats och tid Kinna")


def _numbered(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2016-12-15")[0] if number]


SKIPPING = [
    pytest.param(transcript(_OPENING, "SAMMANTRÄDESPROTOKOLL Sida 3 (23) Innehållsförteckning Återrapport kosten 99 "
                            "Rapport om lovskola 100 Nämndplan Prislista: Interkommunalt och fristående förskola 102 "
                            "Prislista Varberg-Kungsbacka-Mark 103 Klassrum och matsal på Strömskolan 104"),
                 [("99", "Återrapport kosten"), ("100", "Rapport om lovskola"),
                  ("102", "Nämndplan Prislista: Interkommunalt och fristående förskola"),
                  ("103", "Prislista Varberg-Kungsbacka-Mark"), ("104", "Klassrum och matsal på Strömskolan")],
                 id="one-number-lost-with-a-year"),
    pytest.param(transcript(_OPENING, "Sida 2 Innehåll Information 35 Delårsrapport 36 Taxa för tillsyn 38 "
                            "Meddelanden 39 Delegationsbeslut 40 Övriga frågor 41"),
                 [("35", "Information"), ("36", "Delårsrapport"), ("38", "Taxa för tillsyn"), ("39", "Meddelanden"),
                  ("40", "Delegationsbeslut"), ("41", "Övriga frågor")], id="skip-in-the-middle"),
]


@pytest.mark.parametrize(("text", "rows"), SKIPPING)
def test_items_own_numbers_skipping_one(text: str, rows: list[tuple[str | None, str]]) -> None:
    assert _numbered(text) == rows


PAGES = [
    # page numbers: they start low
    pytest.param(transcript(_OPENING, "Innehåll Justering av dagordning 3 Uppföljning av energiarbetet 4 "
                            "Strandskyddsdispens 6 Motion om förskola 7 Delegationsbeslut 9"), id="low-pages"),
    # skipping every other step: pages of a long list
    pytest.param(transcript(_OPENING, "Innehåll Budget 2017 12 Taxor 14 Detaljplan för Kinna 16 Motion om "
                            "förskola 18 Delegationsbeslut 19"), id="steps-of-two"),
]


@pytest.mark.parametrize("text", PAGES)
def test_page_numbers_are_not_item_numbers(text: str) -> None:
    rows = _numbered(text)
    assert ("4", "Uppföljning av energiarbetet") not in rows and ("14", "Taxor") not in rows
