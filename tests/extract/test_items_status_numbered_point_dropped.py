"""A point named by its number as the subject of "utgår" is dropped, postponed to what follows (planner.extract.items).

"110 Fastställande av föredragningslista ... 1. Ärende nr 11 utgår och behandlas vid styrelsens sammanträde den 12
november. 2. Ärende nr 14 utgår och behandlas vid styrelsens sammanträde den 12 november." (842): "Ärende nr 11"
was not read as the item's matter, so the bare "utgår" went unseen and "behandlas vid ... sammanträde" made the
agenda item itself return. Now "ärende"/"punkt"/"paragraf" with a number before "utgår"/"utgick", and a later
meeting or day after it, is the point dropped; under an item that sets the agenda each point struck is carried
(postponed, to the day named) and the item is handled. A point only struck from today's agenda ("informerar om
att punkt 7 utgår på grund av att gästen inte kan delta", 332) stays uncarried. Look-alikes: a point cited after a preposition ("Ersättning enligt punkt 3 utgår med 500
kronor"), "utgår från" meaning "starts from" ("Punkt 5 utgår från förslaget i bilaga 2"), and "utgår" with a
matter that is no point ("Arvode utgår enligt gällande regler").
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.items import classify
from planner.extract.model import ItemStatus

OCTOBER_2002 = date(2002, 10, 24)


@pytest.mark.parametrize(("sentence", "when"), [
    ("Ärende nr 11 utgår och behandlas vid styrelsens sammanträde den 12 november.", "2002-11-12"),
    ("1. Ärende nr 14 utgår och behandlas vid styrelsens sammanträde den 12 november.", "2002-11-12"),
    ("Punkt 4 utgår och tas upp på nästa möte.", "next"),
    ("Ärende 5 utgår och behandlas den 12 november.", "2002-11-12"),
    ("Punkt 6 utgick och tas upp vid ett senare möte.", None),
    ("Paragraf 9 utgår och återkommer i december.", "2002-12"),
])
def test_numbered_point_dropped(sentence: str, when: str | None) -> None:
    f = classify(sentence, OCTOBER_2002)
    assert f is not None and (f.status, f.when) == (ItemStatus.POSTPONED, when)


@pytest.mark.parametrize("sentence", [
    "Ersättning enligt punkt 3 utgår med 500 kronor per månad.",
    "Arvode i ärende 12 utgår enligt gällande regler.",
    "Punkt 5 utgår från förslaget i bilaga 2.",
    "Punkt 5 utgår ifrån att kommunen betalar.",
    "Ärende 7 gäller bidrag som utgår till föreningar.",
    # struck from today's agenda, no later meeting said: nothing to carry (as test_items_batch6)
    "Ordföranden informerar om att punkt 7 utgår på grund av att gästen inte kan delta.",
    "Punkt 6 utgick eftersom föredraganden var sjuk.",
])
def test_no_point_dropped(sentence: str) -> None:
    assert classify(sentence, OCTOBER_2002) is None


_MINUTES = """Protokoll landstingsstyrelsen 2002-10-24

Närvarande: Anna Berg, Per Holm, Eva Lind

§ 110 Fastställande av föredragningslista

Föredragningslistan har sänts ut. 1. Ärende nr 11 utgår och behandlas vid styrelsens sammanträde den 12 november.
2. Ärende nr 14 utgår och behandlas vid styrelsens sammanträde den 12 november. 3. Föredragningslistan fastställs
i övrigt.

§ 111 Landstingsdirektörens rapport

Direktören rapporterar om ekonomin.
"""


def test_each_point_struck_from_the_agenda_is_carried() -> None:
    found = extract_text(minutes_from_text(_MINUTES))
    assert [(it.number, it.status) for it in found.items] == [("110", ItemStatus.HANDLED), ("111", ItemStatus.HANDLED)]
    assert [(c.from_item, c.reason.value, c.when) for c in found.carry] == [
        ("110", "postponed", "2002-11-12"), ("110", "postponed", "2002-11-12")]
