"""A machine's time stamp after a date: e-signing services (Adobe Sign, Scrive, Assently) print each signer with the
moment they signed, "Ellinor Eriksson (2 Sep 2021 17:08 GMT+2)" or "Signerat 2021-09-02 17:08:33 UTC", and exported
pages carry "date: 2017-09-21 20:29:00 CEST". A date followed by a clock with seconds or a time zone is when something
was signed or saved, not a thing to come (`is_machine_stamp`). Before, each signature became an "other" event.

Look-alikes: a next meeting with an hour, an hour range ("12:30-14:00"), "kl. 18:00" and a deadline keep their event.
"""

from __future__ import annotations

import pytest

from tests.extract.event_dates import event_dates

HEAD = "Protokoll fört vid styrelsemöte 2021-05-28\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"


@pytest.mark.parametrize(
    ("tail", "dates"),
    [
        (("Justeringspersoner\n\nEllinor Eriksson (2 Sep 2021 17:08 GMT+2)\n\n"
          "Lena Ekbring Rindsäter (2 Sep 2021 17:17 GMT+2) Alf Lindberg (3 Sep 2021 09:55 GMT+2)\n"), []),
        ("Signerat av Anna Berg 2021-06-02 17:08:33 UTC\nSignerat av Per Ek 2021-06-03 09:01:12 UTC\n", []),
        ("Dokumentet signerades 2021-06-02 kl. 17:08:33 med BankID.\n", []),
        ("Senast ändrad: 2021-06-02 10:15 CEST\n", []),
        # look-alikes
        ("§ 2 Nästa möte\nNästa möte 2021-06-14, 12:30-14:00 på Zoom.\n", ["2021-06-14"]),
        ("§ 2 Nästa möte\nNästa möte hålls den 14 juni kl. 18:00 i föreningslokalen.\n", ["2021-06-14"]),
        ("§ 2 Övrigt\nAnsökan ska lämnas in senast 2021-06-30 kl 12:00.\n", ["2021-06-30"]),
    ],
)
def test_machine_stamp(tail: str, dates: list[str]) -> None:
    assert event_dates(HEAD + tail, "2021-05-28")[0] == dates
