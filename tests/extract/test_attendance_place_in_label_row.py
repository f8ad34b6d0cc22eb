"""A place read as a present name: a flattened front page writes its column of labels before the column of
values ("Plats och tid Beslutande Gällivare Folkets Hus, Gällivare Måndagen ..."), so the place opens the
values of the present label. A name whose last word is a place noun ("Folkets Hus", "Ekeby Skola") names no
person; surnames that are also place nouns ("Hall", "Krog", "Gård") and entries with a party stay people.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2014-03-03\n\n",
                 tail="\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("1 SAMMANTRÄDESPROTOKOLL Plats och tid Beslutande Gällivare Folkets Hus, Gällivare Måndagen den 3 mars "
          "2014, kl Enligt bifogad sammanträdeslista Övriga deltagande Lena Ek, kommunchef Per Berg, "
          "kommunsekreterare Utses att justera Bo Lund och Eva Nord"),
         ["Lena Ek", "Per Berg"], []),
        (("Plats och tid Beslutande Ekeby Skola, Ekeby Tisdagen den 4 mars 2014, kl Enligt bifogad närvarolista "
          "Övriga deltagande Lena Ek, rektor Per Berg, sekreterare"),
         ["Lena Ek", "Per Berg"], []),
        # look-alikes: surnames that are place nouns too, and a place noun as the surname of a party member
        ("Närvarande\nAnna Hall, ordförande\nPer Krog\nEva Gård\nBo Berg",
         ["Anna Hall", "Per Krog", "Eva Gård", "Bo Berg"], []),
        ("Närvarande\nAnna Hus (S)\nBo Berg (M)", ["Anna Hus", "Bo Berg"], []),
    ],
)
def test_place_in_label_row_is_no_person(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)
