"""A letterhead naming the writer's role in capitals is no body: the head's "<kind>möte <Name>" line names it."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_TOP = "INTRODUKTIONSSTRATEG\nSÖDERTÖRN\nANTECKNINGAR\nYvonne Falgert\n08-535 377 03\nMINNESANTECKNINGAR\n"
_REST = ("Plats: Arbete och Försörjning, Paradistorget 14, Huddinge\nDeltagare:\n"
         "Huddinge kommun/Marie-Louise Khan-Tamakloe, Verksamhetschef\n\n1. Föregående anteckningar\nGodkändes.\n")

CASES = [
    # (title line, body)
    ("Styrgruppsmöte Introduktion Södertörn", "Introduktion Södertörn, styrgruppen"),
    ("Projektgruppsmöte Unga Vuxna", "Unga Vuxna, projektgruppen"),
    # look-alikes: no meeting word before the name; the meeting word after it
    ("Introduktion Södertörn styrgrupp", None),
    ("Möte om Introduktion Södertörn", None),
]


@pytest.mark.parametrize(("title", "body"), CASES)
def test_role_letterhead_body(tmp_path: Path, title: str, body: str | None) -> None:
    """None: the title line gives no body in place of the role."""
    path = tmp_path / "minutes.txt"
    path.write_text(_TOP + "DATUM\n2010-05-11\n" + title + "\n" + _REST, encoding="utf-8")
    found = extract_minutes(path).meeting.body
    if body is None:
        assert found is None or ", styrgruppen" not in found and ", projektgruppen" not in found
    else:
        assert found == body
