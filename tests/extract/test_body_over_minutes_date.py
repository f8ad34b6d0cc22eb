"""A blog post's minutes name their body in short lines over their own date, under the post's stamp and title."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_TEXT = "\n\nNärvarande\n\nTore Almlöf\nUlf Kjellgren\n\nDiskuterades rubriken och innehållet i PB 09.\n"

CASES = [
    # (head, body)
    ("söndag 1 februari 2009\n\nMötet 27 januari, anteckningar\n\nAFF\nProjektgrupp\nSammanträde 2009 01 27",
     "AFF Projektgrupp"),
    ("fredag 6 mars 2009\n\nByggmöte 5-7 april\n\nAff\nProjektgrupp 2009 03 04", "Aff Projektgrupp"),
    # look-alikes: a sentence above the date; no stamp over the page
    ("fredag 6 mars 2009\n\nByggmöte 5-7 april\n\nVi träffades hos Tore.\nProjektgrupp 2009 03 04", None),
    ("Byggmöte 5-7 april\n\nAff\nProjektgrupp 2009 03 04", None),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_body_over_minutes_date(tmp_path: Path, head: str, body: str | None) -> None:
    """None: not the lines over the date."""
    path = tmp_path / "minutes.txt"
    path.write_text(head + _TEXT, encoding="utf-8")
    found = extract_minutes(path).meeting.body
    if body is None:
        assert found not in ("Aff Projektgrupp", "Vi träffades hos Tore. Projektgrupp")
    else:
        assert found == body
