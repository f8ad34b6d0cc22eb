"""Meeting fields read from real minutes' heads (batches 58-59: councils, boards, associations).

A bare place label ("Plats Estuna Bygdegård", no colon) in the label column that follows a long attendance
list: read when the line beside it is the head's labelled hours ("Tid 2019-02-11 kl 18.30 – 20.30").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_NAMES = ("Närvarande ordinarie Bengt Ericsson, ordf\n\nMats Eriksson\n\nAnne Olsen\n\nKarl Öhman\n\n"
          "ersättare Britt Larsson\n\nMargit Mattson\n\nÅke Nordberg\n\nUlrika Sandqvist\n\n")


def _venue(label_column: str) -> str | None:
    text = ("PROTOKOLL Nr 1-2019 Sida 1 (5) Sammanträdesdatum 2019-02-11\n\nSammanträde med styrelsen\n\n"
            + _NAMES + label_column + "\n\n§ 1 Sammanträdet öppnas\n\nOrdföranden öppnade sammanträdet.\n")
    return extract_text(minutes_from_text(text)).meeting.venue


@pytest.mark.parametrize(("label_column", "want"), [
    ("Tid 2019-02-11 kl 18.30 – 20.30\n\nPlats Estuna Bygdegård", "Estuna Bygdegård"),
    ("Tid kl 18.30 – 20.30\n\nPlats Församlingshemmet, Knivsta", "Församlingshemmet, Knivsta"),
    ("Tid 18.30-20.30\n\nLokal Bygdegården", "Bygdegården"),
    ("Plats Kommunhuset, Sala\n\nTid 2019-02-11 kl 18.30 – 20.30", "Kommunhuset, Sala"),
    ("Tid 2019-02-11 kl 18.30\n\nMöteslokal Sammanträdesrum Ekonomen", "Sammanträdesrum Ekonomen"),
    ("Tid 2019-02-11 kl 18.30 – 20.30\n\nPlats: Estuna Bygdegård", "Estuna Bygdegård"),
    # look-alikes: the place label beside no hours, far below the head's first lines
    ("Delges styrelsen\n\nPlats Estuna Bygdegård", None),
    ("Tid för nästa möte bestäms senare\n\nPlats Estuna Bygdegård", None),
])
def test_bare_place_label_beside_hours(label_column: str, want: str | None) -> None:
    assert _venue(label_column) == want
