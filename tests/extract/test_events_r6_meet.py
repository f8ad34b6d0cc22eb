"""Finland-Swedish minutes write dates day.month.year ("höstmöte 12.11.2019") and number a section's points
4.1, 4.2: a point opening a line right below its section's heading ("§ 4. Meddelanden" / "4.1 Sångkväll med
...") is no date, while a line of a program ("5.12 Julfest" / "14.1 Sångkväll") stays one.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Pensionärsförening\n\nProtokoll fört vid föreningens höstmöte 12.11.2019 kl. 14.00 i församlingshemmet.\n\n"
        "§ 3. Höstmötesförhandlingar.\n\n3.8 Medlemsavgiften för år 2020 fastställdes till 20 euro.\n\n"
        "3.9 Verksamhetsplanen och budgeten för år 2020 godkändes.\n\n")


def event_dates(tail: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + tail + "\n")).events]


@pytest.mark.parametrize(("tail", "want"), [
    ("§ 4. Meddelanden och övriga ärenden\n\n4.1 Sångkväll med Annalena m", []),
    ("§ 4. Meddelanden och övriga ärenden\n\n4.2 Julfest i församlingshemmet", []),
    ("§ 4 Övriga ärenden\n\n4.1 Julfest i församlingshemmet", []),
    ("4. Övriga ärenden\n\n4.3 Sångkväll med Annalena m", []),
    ("§ 5. Avslutning\n\n5.1 Ordföranden tackade", []),
    ("§ 5. Avslutning\n\n5.12 Julfest i församlingshemmet", []),
    # look-alikes: a program's lines, with no section heading right above, stay dates
    ("§ 4. Kommande program:\n\n5.12 Julfest i församlingshemmet\n\n14.1 Sångkväll med Annalena",
     ["2019-12-05", "2020-01-14"]),
])
def test_section_point_below_its_heading(tail: str, want: list[str]) -> None:
    assert event_dates(tail) == want
