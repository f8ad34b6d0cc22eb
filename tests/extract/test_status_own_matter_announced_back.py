"""A sentence that brings the item's own matter back with more to tell makes the item return.

"§7 Information från Leader mötet som skall avslutas. Denna fråga skall tas upp även på nästa möte
med mer information bl.a. om ekonomi." (886): the sentence reads as an announcement (taken up at the
next meeting, with information), but its subject is the item's own matter ("Denna fråga", "Frågan",
"Ärendet"): the item returns, to the next meeting. Look-alikes: a topic of its own ("Frågan om ny
hemsida ...", "En presentation av ...") is announced inside a handled item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.extract import extract_minutes

_MINUTES = """Styrelsemöte protokoll 2013-04-27

Närvarande: Tord Strömberg, Ann-Sofie Blomberg, Dan Nilsson

§1 Ordförande hälsade alla välkomna

§2 Att skriva protokollet valdes Dan Nilsson

§3 {title}. {sentence}

§4 Inga övriga frågor
"""


def _item_and_carry(tmp_path: Path, title: str, sentence: str) -> tuple[str, str | None, list[str]]:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES.format(title=title, sentence=sentence), encoding="utf-8")
    out = extract_minutes(path).to_json()
    found = [i for i in out["items"] if i["number"] == "3"]
    assert len(found) == 1
    reasons = [c["reason"] for c in out["carry"] if c["from_item"] == "3"]
    return str(found[0]["status"]), found[0]["target"]["when"], reasons


@pytest.mark.parametrize(("title", "sentence"), [
    ("Information från Leader mötet som skall avslutas",
     "Denna fråga skall tas upp även på nästa möte med mer information bl.a. om ekonomi."),
    ("Ny hemsida", "Frågan tas upp på nästa möte med en presentation av förslagen."),
    ("Budget för 2014", "Ärendet tas upp igen på nästa möte med en redovisning av kostnaderna."),
])
def test_own_matter_back_returns(tmp_path: Path, title: str, sentence: str) -> None:
    assert _item_and_carry(tmp_path, title, sentence) == ("returns", "next", ["returns"])


@pytest.mark.parametrize(("title", "sentence"), [
    ("Information om föreningen", "Frågan om ny hemsida tas upp på nästa möte med en presentation av förslagen."),
    ("Information om föreningen", "En presentation av hemsidan görs på nästa möte."),
])
def test_topic_of_its_own_is_announced(tmp_path: Path, title: str, sentence: str) -> None:
    assert _item_and_carry(tmp_path, title, sentence) == ("handled", None, ["announced"])
