"""The values after a row of labels end before the date of the signing: "... punkt C Anita Skoglund Carl-Erik
Bergsén Tekniska kontoret, Sveagatan 12, Alingsås Onsdagen den 20 april 2011 klockan Sekreterare Ordförande ...".

A kommun's front page writes "Ersättare" / "Övriga deltagare" / "Utses att justera" / "Justeringens plats och tid"
and then, run on, the values of all of them: the names of the lists, who signs, where and when
(`_names_after_label_row`). When the whole run reads as no entries, it is read again up to the date of the signing
(`_RX_SIGNED_WHEN`: a date with its weekday or "den" before it). Before, no one of the run was read.

Look-alikes: dates that are no signing date (a year alone, a number and a word), and a run that reads as entries
without the cut is read whole, as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_SIGNED_WHEN
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Alingsås Onsdagen den 20 april 2011 klockan", "Onsdagen den 20 april 2011"),
        ("stadshuset, den 3 mars 2014", "den 3 mars 2014"),
        ("stadshuset 2014-03-03 kl 10", "2014-03-03"),
        ("Torsdagen den 15 sept. 2016", "Torsdagen den 15 sept. 2016"),
        # look-alikes
        ("Budget 2014 för nämnden", None),
        ("punkt 12 Anita Skoglund", None),
        ("den 3 mars", None),
    ],
)
def test_signing_date(text: str, found: str | None) -> None:
    m = _RX_SIGNED_WHEN.search(text)
    assert (m.group(0) if m else None) == found


def test_names_before_the_signing_date() -> None:
    text = ("Protokoll 2011-04-14\n\nPlats och tid Tekniska kontoret, Sveagatan 12, Alingsås, kl 15:\nParagrafer\n"
            "Beslutande Anita Skoglund (M), ordförande Carl-Erik Bergsén (S) Thorsten Larsson (M) Hans Lindell (M) "
            "Thomas Jensen (KD)\nErsättare\nÖvriga deltagare\nUtses att justera\nJusteringens plats och tid Ingela "
            "Kumar Lidvall (MP) Berit Hildén (FP) Ingegerd Löfqvist (M), kl Gunilla Hedman, förvaltningssekreterare "
            "Bo Norling, teknisk chef Martin Wollhag, controller, 27 Hubert Malmström, avfallschef, punkt H Marlene "
            "Karlin, ekonom, punkt C Anita Skoglund Carl-Erik Bergsén Tekniska kontoret, Sveagatan 12, Alingsås "
            "Onsdagen den 20 april 2011 klockan Sekreterare Ordförande Justerande Gunilla Hedman Anita Skoglund "
            "Anita Skoglund Carl-Erik Bergsén LarssonLarsson Larsson\n\n§ 24 Dagvattenplan\n\nText.\n")
    present, _ = attendance_names(text)
    assert present == ["Anita Skoglund", "Carl-Erik Bergsén", "Thorsten Larsson", "Hans Lindell", "Thomas Jensen",
                       "Ingela Kumar Lidvall", "Berit Hildén", "Ingegerd Löfqvist", "Gunilla Hedman", "Bo Norling",
                       "Martin Wollhag", "Hubert Malmström", "Marlene Karlin"]
