""""7. Trafikgruppen / Avvaktar med skrivelse om gratis resor för äldre i kollektivtrafiken." (820): the body waits
with a new thing of its own (the object after "avvaktar med" / "väntar med"), so that thing is put off and the
item (a group's report, a wider matter) is handled (planner.extract.items `_new_thing_waited_for`, read with
`_new_thing_postponed`). Look-alikes stay postponed: waiting with a decision ("Avvaktar med beslut"), with the item's
matter ("Vi avvaktar med frågan", "med detta", an object that is the item's title), or with an act ("avvaktar med
att ta ställning")."""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_MINUTES = """Protokoll styrelsemöte 2018-11-28

Närvarande: Anna Berg, Per Holm, Eva Lind

1. Ekonomi

Kassören redovisar ekonomin.

2. {title}

{sentence}

3. Mötet avslutas
"""


def _fate(title: str, sentence: str) -> tuple[list[str], list[tuple[str | None, str, str | None]]]:
    found = extract_text(minutes_from_text(_MINUTES.format(title=title, sentence=sentence)))
    return [it.status.value for it in found.items], [(c.from_item, c.reason.value, c.when) for c in found.carry]


@pytest.mark.parametrize(("title", "sentence"), [
    ("Trafikgruppen", "Avvaktar med skrivelse om gratis resor för äldre i kollektivtrafiken."),
    ("Lokalgruppen", "Gruppen har träffats två gånger. Vi avvaktar med inköpet av nya stolar."),
    ("Hemsidan", "Styrelsen väntar med beställningen av ny logga till efter årsskiftet."),
    ("Rapport från miljögruppen", "Gruppen avvaktar med utskicket av enkäten."),
    ("Ordförandens rapport", "Vi väntar med medlemsbrevet."),
])
def test_new_thing_waited_for_leaves_item_handled(title: str, sentence: str) -> None:
    assert _fate(title, sentence) == (["handled"] * 3, [])


@pytest.mark.parametrize(("title", "sentence", "when"), [
    ("Trafikgruppen", "Avvaktar med beslut.", None),
    ("Trafikgruppen", "Vi avvaktar med frågan.", None),
    ("Matfrågor", "Elevrådet avvaktar med matfrågorna.", None),
    ("Nya stolar", "Vi avvaktar med inköpet av nya stolar.", None),
    ("Trafikgruppen", "Styrelsen avvaktar med att ta ställning.", None),
    ("Trafikgruppen", "Avvaktar med detta till nästa möte.", "next"),
])
def test_item_itself_waited_for_stays_postponed(title: str, sentence: str, when: str | None) -> None:
    assert _fate(title, sentence) == (["handled", "postponed", "handled"], [("2", "postponed", when)])
