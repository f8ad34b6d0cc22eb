"""Under a "Nästa styrelsemöte" heading, a meeting noun said right before its day is the body's next
meeting, however long the sentence and whatever came first in the section: "Förslag på konstituerande
styrelsemöte: Tisdag 22.8.2017 kl. 17.30 i Sandels matsal." Another kind of meeting ("Årsmöte
17.8.2017") or a day without a meeting noun before it is not."""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Protokoll styrelsemöte 15.8.2017\n\nNärvarande: Anna Berg, Olle Ek\n\n5. Nästa styrelsemöte\n\n"


@pytest.mark.parametrize(
    ("said", "next_meeting"),
    [
        (("Årsmöte 17.8.2017 kl 17.30.\n\nFörslag på konstituerande styrelsemöte: Tisdag 22.8.2017 kl. 17.30 i "
         "Sandels matsal."), "2017-08-22"),
        (("Årsmöte 17.8.2017 kl 17.30.\n\nVi föreslår ett extra styrelsemöte den 22.8.2017 kl. 17.30 i Sandels "
         "matsal om det behövs."), "2017-08-22"),
        # look-alikes
        (("Årsmöte 17.8.2017 kl 17.30.\n\nEfter årsmötet skickar Anna ut kallelsen senast 22.8.2017 till alla "
         "medlemmar i föreningen."), None),
        ("Årsmöte 17.8.2017 kl 17.30 i Sandels matsal, med fika och lotteri efteråt för alla.", None),
    ],
)
def test_meeting_named_before_day_under_next_heading(said: str, next_meeting: str | None) -> None:
    assert event_dates(HEAD + said + "\n\n6. Avslutning\n\nMötet avslutades.\n")[1] == next_meeting
