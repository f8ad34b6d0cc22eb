"""A numbered list of decisions under a matter's decision label is the item's text, not items: a municipal
portal's agenda ("2 Granskning av gruppboenden ..." / "Socialnämndens förslag till beslut" / "1. Granskningarna
noteras." / "2. Åtgärder ... återrapporteras till socialnämnden ..."), a protocol's "Beslut" or "Arbetsutskottet
beslutar att" over "1. ... 2. ...". The items are the headings around it, and the decisions still tell their
status. Look-alikes: a section of items under "Beslutsärenden", an agenda list under "Dagordning", entries that
are headings without a full stop."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Sammanträde 2017-11-29\n\nPlats\nMyggdalen\n\n"

CASES = [
    pytest.param("1 Information om hyressättning.\n\nSocialnämndens förslag till beslut\n- Informationen noteras.\n\n"
                 "2 Granskning av gruppboenden i kommunal regi.\n\nSocialnämndens förslag till beslut\n"
                 "1. Granskningarna noteras.\n2. Åtgärderna återrapporteras till socialnämnden under våren år 2018.\n\n"
                 "3 Ekonomisk uppföljning per 31 oktober\n\nSocialnämndens förslag till beslut\n1. Rapporten noteras.\n"
                 "2. Rapporten överlämnas till kommunstyrelsen.\n\nBeskrivning av ärendet\nRapporten avser utfallet.\n",
                 ["1", "2", "3"], id="portal-proposals"),
    pytest.param("§ 4 Budget 2018\n\nBeslut\n1. Budgeten fastställs.\n2. Förvaltningen får i uppdrag att följa upp.\n\n"
                 "§ 5 Delegationsbeslut\n\nBeslut\n1. Redovisningen godkänns.\n", ["4", "5"], id="sign-items-beslut"),
    pytest.param("5 Taxor för avfall\n\nArbetsutskottet beslutar att\n1. Taxan godkänns.\n2. Den gäller från 1 januari.\n\n"
                 "6 Övriga frågor\n\nInga övriga frågor.\n", ["5", "6"], id="body-decides-that"),
    pytest.param("1 Val av justerare\n\nFörslag till beslut:\n1. Anna Ek utses att justera.\n\n2 Anmälningar\n\n"
                 "Beslutsförslag\n1. Anmälningarna noteras.\n2. De läggs till handlingarna.\n\n3 Avslutning\n\nMötet avslutas.\n",
                 ["1", "2", "3"], id="proposal-labels"),
    # look-alikes: a section of items under "Beslutsärenden", an agenda under "Dagordning", heading entries
    pytest.param("Beslutsärenden\n1. Val av justerare.\n2. Budget för 2018.\n3. Taxor för avfall.\n\nMötet avslutades.\n",
                 ["1", "2", "3"], id="section-of-decision-items"),
    pytest.param("Dagordning\n1. Mötets öppnande.\n2. Val av justerare.\n3. Ekonomi.\n\nMötet avslutades.\n",
                 ["1", "2", "3"], id="agenda-list"),
    pytest.param("Beslut\n1. Mötets öppnande\n2. Val av justerare\n3. Ekonomi\n\nMötet avslutades.\n",
                 ["1", "2", "3"], id="headings-without-stop"),
]


@pytest.mark.parametrize(("text", "numbers"), CASES)
def test_decision_list_under_label_is_no_items(text: str, numbers: list[str]) -> None:
    items = extract_text(minutes_from_text(HEAD + text)).items
    assert [i.number for i in items] == numbers


def test_decisions_under_label_still_tell_status() -> None:
    x = extract_text(minutes_from_text(HEAD + CASES[0].values[0]))
    assert [i.status.value for i in x.items] == ["handled", "returns", "handled"]
