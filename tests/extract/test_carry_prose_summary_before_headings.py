"""A summary told in prose before the first heading still carries what it puts off (planner.extract.items).

A news post on the meeting ("Rapport från kårfullmäktige 15 mars" / a prose paragraph / then the site's own sections
"Vad är kårfullmäktige?", "Valda ämbetsmän": 838, 926) tells the meeting's business before any heading: a matter it
puts off or brings back ("... men inget beslut fattades i frågan, då för få ledamöter var på plats", "uppdrogs X att
ta fram en tidsplan till nästa sammanträde") is carried from no item, as in notes without headings. Look-alikes
before the first heading: the minutes' own formalities ("Protokollet justeras vid nästa sammanträde"), a point
named by number (read with the items), and a short label.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_POST = """Kommunikation från styrelsesammanträdet 13 oktober 2021

Under terminens fjärde styrelsesammanträde berättade kuratorn att nationen har fler medlemmar än någonsin. {sentence}
Avslutningsvis berättade ordföranden att den nya baren har börjat byggas.

Valda ämbetsmän

Förste kurator Sigrid Holm, Andre kurator John Milton.

Om nationen

Nationen grundades 1649 och har i dag cirka 6000 medlemmar.
"""


def _carry(sentence: str) -> list[tuple[str | None, str, str | None]]:
    out = extract_text(minutes_from_text(_POST.format(sentence=sentence)))
    return [(c.from_item, c.reason.value, c.when) for c in out.carry]


@pytest.mark.parametrize(("sentence", "reason", "when"), [
    (("Styrelsen diskuterade förslaget till stadgeändringar, men inget beslut fattades i frågan, då för få "
      "ledamöter var på plats."), "postponed", None),
    ("Därefter uppdrogs kuratorn att ta fram en tidsplan till nästa sammanträde gällande ändringar av stadgarna.",
     "returns", "next"),
    ("Frågan om nya öppettider för puben bordlades till nästa sammanträde.", "postponed", "next"),
    ("Styrelsen beslutade att skjuta upp beslutet om medlemsavgiften till nästa möte.", "postponed", "next"),
    ("Budgeten för vårterminen kommer att behandlas på nästa styrelsesammanträde.", "returns", "next"),
])
def test_prose_before_the_first_heading_carries(sentence: str, reason: str, when: str | None) -> None:
    assert _carry(sentence) == [(None, reason, when)]


@pytest.mark.parametrize("sentence", [
    "Protokollet justeras vid nästa sammanträde av ordföranden och en justerare.",  # the minutes' formality
    "Styrelsen godkände dagordningen med ändringen att punkt 7 bordlades.",  # a point, read with the items
    "Tas upp nästa gång.",  # too short for a written sentence
    "Styrelsen diskuterade förslaget till stadgeändringar och fattade beslut om att anta dem.",  # nothing put off
])
def test_formalities_and_points_before_the_first_heading_carry_nothing(sentence: str) -> None:
    assert _carry(sentence) == []
