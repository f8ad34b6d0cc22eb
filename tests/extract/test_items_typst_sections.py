"""Typst minutes ("=" sections): a section that only groups the matters under it ("= Beslutspunkter"
with a line of introduction) is no item, and a Typst call on a line of its own
("#formalia.rundaBordet") is no heading.

Look-alikes: a section with a matter of its own and text keeps its place; a heading that holds
a full stop in ordinary words ("Val av ordf. och sekr.") is a heading.
"""

from __future__ import annotations

from planner.extract.items import _is_excluded_heading, find_headings
from planner.extract.text import minutes_from_text

TYPST = """#import "DVD.typ": *
#let time = "17:23"
#show: protokoll.with(datum: datetime(year: 2024, month: 10, day: 10))

= Öppnande av möte
Mötet öppnades #time

= Runda bordet
#formalia.rundaBordet

= Formalia
== Val av protokolljusterare
#formalia.valAvMöteJusterare
=== Beslut
Att välja Anna till justerare.

= Diskussionspunkter
Här diskuterar styrelsen diverse punkter som behövs tas upp.

== Styrelse merch
=== Anteckningar
Har fått en offert.

= Beslutspunkter
Här bestämmer styrelsen diverse saker.

== Styrelserenovering
=== Beslut:
Att renovera styrelserummet.

= Mötets avslutande
Mötet avslutades 18:02.
"""


def test_typst_grouping_sections_and_calls_are_no_items() -> None:
    heads, _ = find_headings(minutes_from_text(TYPST))
    assert [h.title for h in heads] == ["Öppnande av möte", "Runda bordet", "Val av protokolljusterare",
                                        "Styrelse merch", "Styrelserenovering", "Mötets avslutande"]


def test_code_calls_against_headings() -> None:
    assert _is_excluded_heading("formalia.rundaBordet")
    assert _is_excluded_heading("mall.deltagare(namn)")
    assert not _is_excluded_heading("Val av ordf. och sekr.")
    assert not _is_excluded_heading("Budget 2024. Beslut")
    assert not _is_excluded_heading("Nästa möte")
