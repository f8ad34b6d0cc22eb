"""A title that is one compound minutes word ("Årsmötesprotokoll") gives way to the name line under it."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_REST = ("\n\nOrdinarie årsmöte 2019 Tid: onsdagen den 27 febr. kl. 1900\nPlats Eslöv\n\nProtokoll\n\n"
         " • 1 Årsmötets öppnande\n  Årsmötet öppnades.\n • 2 Val av mötesfunktionärer\n  Valdes Måns Atlas.\n")

CASES = [
    # (title lines, body)
    ("Årsmötesprotokoll 2019\n\nEslövs Centerkrets", "Eslövs Centerkrets"),
    ("Styrelseprotokoll 2019\n\nHembygdsföreningen Gamla Eslöv", "Hembygdsföreningen Gamla Eslöv"),
    # look-alikes: a person, a date or a label under the title
    ("Årsmötesprotokoll 2019\n\nAnders Borgquist", None),
    ("Årsmötesprotokoll 2019\n\nDatum: 2019-02-27", None),
]


@pytest.mark.parametrize(("title", "body"), CASES)
def test_organisation_under_minutes_word(tmp_path: Path, title: str, body: str | None) -> None:
    """None: the line under the title is not taken for the body."""
    path = tmp_path / "minutes.txt"
    path.write_text(title + _REST, encoding="utf-8")
    found = extract_minutes(path).meeting.body
    if body is None:
        assert found is None or title.split("\n")[-1] not in found
    else:
        assert found == body
