"""Point 1 run on at the end of the minutes' opening sentence, a copy having lost the line break before it
("Protokoll fört vid Årsmöte för Smedby Koloniförening ... i Föreningshuset Smedby Koloniområde 1. Mötets
öppnande och fastställande av dagordning :"), above "2. Upprop och kontroll av röstlängd": the first item.

Look-alikes: a point named in the text ("... behandlades under punkt 1. Mötets öppnande"), and a "1." whose
text runs on in sentences after the title ("1. Mötets öppnande. Ordföranden hälsade ...") stay out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

REST = ("\n\nÄndring av punkt 20 till Val av ordinarie till Miljödiplomeringsgrupp 2 år.\n\n"
        "Dagordningen i övrigt godkändes.\n\n"
        "2. Upprop och kontroll av röstlängd\n\nRöstlängden fastställdes till 30 medlemmar.\n\n"
        "3. Fråga om kallelse skett i behörig ordning\n\nKallelsen godkändes.\n\n"
        "4. Val av ordförande till årsmötet\n\nTill ordförande valdes Anna Berg.\n")


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_opening_point_at_end_of_line_is_first_item() -> None:
    line = ("Årsmötesprotokoll 2012\n\nProtokoll fört vid Årsmöte för Smedby Koloniförening Åkersberga Söndag 29 April "
            "2012 kl 13.00 i Föreningshuset Smedby Koloniområde 1. Mötets öppnande och fastställande av dagordning :")
    heads = _headings(line + REST)
    assert [n for n, _ in heads] == ["1", "2", "3", "4"]
    assert heads[0][1] == "Mötets öppnande och fastställande av dagordning"


@pytest.mark.parametrize("line", [
    "Årsmötesprotokoll 2012\n\nStyrelsens förslag behandlades under punkt 1. Mötets öppnande",
    "Årsmötesprotokoll 2012\n\nProtokoll fört vid årsmöte 1. Mötets öppnande. Ordföranden hälsade alla välkomna.",
])
def test_named_or_run_on_point_stays_out(line: str) -> None:
    assert [n for n, _ in _headings(line + REST)] == ["2", "3", "4"]
