"""In an agenda run together on one line (a stored copy that lost its breaks), an item's attachments named after
their label ("Bilagor: a) PM, b) Årsredovisning", "Bilaga: Förslag till sammanträdesplan", "Bilaga: föregående
protokoll") do not make the numbers after them attachments: the next number is the next item. Look-alikes: an
attachment list numbered from its label on ("Bilagor: 1. Budget 2. Verksamhetsplan 3. ..."), whose numbers are
its own entries."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("SAMMANTRÄDESPROTOKOLL Styrelsen 2015-03-05\n\nTranskript\n\n1 Styrelsen Sida 1 (3) Plats Kulturens Hus, Luleå "
        "Beslutande Britta Flinkfeldt Jansson, (s), Arjeplog Lotta Åman, (s), Arvidsjaur\n\n2 Styrelsen Sida 2 (3) ")

CASES = [
    pytest.param("Utsänd föredragningslista 1. Val av justerare 2. Föredragningslista 3. Information om "
                 "trafikförsörjningsprogram Muntlig information 4. Årsredovisning 2014 Bilagor: a) PM, b) Årsredovisning "
                 "5. Sammanträdesplan 2015 Bilaga: Förslag till sammanträdesplan 6. Konstituerande styrelsesammanträde\n",
                 ["1", "2", "3", "4", "5", "6"], id="lettered-then-named"),
    pytest.param("Dagordning 1. Välkommen! 2. Val av justerare 3. Föregående protokoll Bilaga: föregående protokoll "
                 "4. Hälsosamtal Muntlig information från Folkhälsoinstitutet 5. Övriga frågor\n",
                 ["1", "2", "3", "4", "5"], id="named-attachment"),
    pytest.param("Föredragningslista 1. Val av justerare 2. Budget 2016 Bilagor: a) Tjänsteskrivelse, b) Budgetförslag "
                 "3. Taxor Bilagor: a) PM 4. Anmälningar 5. Övriga frågor\n",
                 ["1", "2", "3", "4", "5"], id="two-lettered-lists"),
    pytest.param("Ärenden 1. Val av justerare 2. Delårsrapport Bilaga: Rapport enligt rubrik 3. Internkontroll "
                 "Bilaga: Plan enligt rubrik 4. Avslutning\n", ["1", "2", "3", "4"], id="named-by-heading"),
    # look-alike: an attachment list numbered from its label on
    pytest.param("Dagordning 1. Val av justerare 2. Budget 3. Anmälningar Bilagor: 1. Budget 2016, 2. Verksamhetsplan, "
                 "3. Revisionsrapport\n", ["1", "2", "3"], id="numbered-attachments"),
    pytest.param("Dagordning 1. Val av justerare 2. Budget 3. Anmälningar Bilagor: 1. Budget 2. Plan\n", ["1", "2", "3"],
                 id="short-numbered-attachments"),
]


@pytest.mark.parametrize(("text", "numbers"), CASES)
def test_number_after_named_attachments_is_next_item(text: str, numbers: list[str]) -> None:
    items = extract_text(minutes_from_text(HEAD + text)).items
    assert [i.number for i in items] == numbers
