"""Under an item that groups reports, a matter said to come back is one report's topic, announced.

"4) Rapporter." with "Junior: ... H) Magnus Gustafssons Små Lirar-koncept kan eventuellt arrangeras
... Diskuteras vidare på kommande styrelsemöte." (885): the item gathers reports on separate matters;
the sentence carries that topic (announced, to the next meeting) and the item itself is handled, as
under "Information" or "Övriga frågor". Look-alikes: an item named for one matter ("Rapport från
kassören", "Hemsidan") returns when the text says it is discussed further at the next meeting.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.extract import extract_minutes

_MINUTES = """Protokoll styrelsemöte 2015-08-31

Närvarande: Anna Berg, Per Holm, Eva Lind

1) Mötets öppnande.

2) Föregående protokoll godkändes.

3) {title}

Ekonomi: Halvårsbokslutet är gjort. Junior: Utbytesmatch arrangeras 13 september. Ett nytt koncept kan
eventuellt arrangeras i framtiden. Diskuteras vidare på kommande styrelsemöte.

4) Mötets avslutande.
"""


def _item_and_carry(tmp_path: Path, title: str) -> tuple[str, list[tuple[str, str | None]]]:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES.format(title=title), encoding="utf-8")
    out = extract_minutes(path).to_json()
    found = [i for i in out["items"] if i["number"] == "3"]
    assert len(found) == 1
    return str(found[0]["status"]), [(c["reason"], c["when"]) for c in out["carry"] if c["from_item"] == "3"]


@pytest.mark.parametrize("title", ["Rapporter.", "Rapporter", "Rapportering", "Rapporter och information",
                                   "Information och rapporter"])
def test_report_group_announces(tmp_path: Path, title: str) -> None:
    assert _item_and_carry(tmp_path, title) == ("handled", [("announced", "next")])


@pytest.mark.parametrize("title", ["Rapport från kassören", "Hemsidan"])
def test_one_matter_returns(tmp_path: Path, title: str) -> None:
    assert _item_and_carry(tmp_path, title) == ("returns", [("returns", "next")])
