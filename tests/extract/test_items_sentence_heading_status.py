"""A numbered item that is itself one sentence takes its status from that sentence's predicate.

Short minutes write a whole item as one line: "6. Elevrådet avvaktar med matfrågorna." The
heading has no text under it and no comma or stop that splits a name from a clause, so the
sentence past its first word (the subject) is read for the item's fate. Look-alikes: a heading
that opens with a fate word names a kind of matter ("Bordlagda ärenden från förra mötet."), a
heading without a full stop is a title, and a sentence with no fate stays handled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.extract import extract_minutes

_MINUTES = """Protokoll elevrådet 2014-10-10

Närvarande: Ellen, Tilda, Victor, Sara

1. Mötet öppnas.

2. Dagordning godkänns.

{item}

4. Klockorna i omklädningsrummen fungerar igen.

5. Mötet avslutas.
"""


def _status(tmp_path: Path, item: str) -> tuple[str, str]:
    path = tmp_path / "elevrad.txt"
    path.write_text(_MINUTES.format(item=item), encoding="utf-8")
    found = [i for i in extract_minutes(path).to_json()["items"] if i["number"] == "3"]
    assert len(found) == 1
    return found[0]["status"], found[0]["title"]


@pytest.mark.parametrize(
    ("item", "status"),
    [
        ("3. Elevrådet avvaktar med matfrågorna.", "postponed"),
        ("3. Ärendet om skåpen bordläggs.", "postponed"),
        ("3. Styrelsen återkommer i frågan om skåpen.", "returns"),
    ],
)
def test_sentence_heading_tells_its_fate(tmp_path: Path, item: str, status: str) -> None:
    assert _status(tmp_path, item)[0] == status


@pytest.mark.parametrize(
    "item",
    [
        "3. Bordlagda ärenden från förra mötet.",  # a kind of matter, not this item's fate
        "3. Elevrådet avvaktar med matfrågorna",  # no full stop: a title
        "3. Kingrutor är nu fixade på skolgården.",  # a sentence with no fate
    ],
)
def test_other_headings_stay_handled(tmp_path: Path, item: str) -> None:
    assert _status(tmp_path, item)[0] == "handled"
