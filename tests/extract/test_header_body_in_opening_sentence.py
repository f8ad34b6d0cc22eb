"""The body named in a standing sentence of the opening items, where no title or label names it.

Stored web pages of minutes keep only the items, and some minutes open without a title; the opening items
still name the body in a standing phrase: "Enligt reglemente för Tillgänglighetsrådet har preliminär
föredragningslista ...", "Enligt reglemente för hälso- och sjukvårdsnämnden har ...", "Pensionärsrådets ordförande
Lars Carlstedt, hälsar rådet välkomna", "Gemensamma nämndens ordförande, Gunnar Dovner (L), hälsar välkommen och
öppnar mötet". The body is read capitalised, a genitive in its base form.

Look-alikes: another sentence about the chair ("Kommunstyrelsens ordförande informerar"), a chair's genitive in
lower case in prose, a rule book without a body word, and a body without "har" after it read no body.
"""

from __future__ import annotations

import pytest

from planner.extract.header import body_in_opening_sentence, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (" • Enligt reglemente för Tillgänglighetsrådet har preliminär föredragningslista över de ärenden som",
         "Tillgänglighetsrådet"),
        (" • Enligt reglemente för hälso- och sjukvårdsnämnden har preliminär föredragningslista över de ärenden",
         "Hälso- och sjukvårdsnämnden"),
        ("1-2. Inledning Pensionärsrådets ordförande Lars Carlstedt, hälsar rådet välkomna till äldreboendet",
         "Pensionärsrådet"),
        (" • Gemensamma nämndens ordförande, Gunnar Dovner (L), hälsar välkommen och öppnar mötet.",
         "Gemensamma nämnden"),
        ("Styrelsens ordförande öppnade mötet.", "Styrelsen"),
        # look-alikes
        ("3. Kommunstyrelsens ordförande informerar om budgeten som inför nästa år ser hygglig ut.", None),
        ("Beslut: kommunstyrelsens ordförande hälsade alla välkomna.", None),
        ("Enligt reglemente för nämnder och styrelser har ordföranden ansvaret.", None),
        ("Enligt reglemente för Tillgänglighetsrådet ska protokollet justeras.", None),
        ("Ordföranden hälsade alla välkomna och öppnade mötet.", None),
    ],
)
def test_body_in_opening_sentence(text: str, body: str | None) -> None:
    found = body_in_opening_sentence(text)
    assert (found.value if found else None) == body
    if found:
        assert text[found.start: found.end].casefold().startswith(found.value.casefold()[:-1])


def test_body_from_opening_item_of_untitled_page() -> None:
    text = ("Hoppa över navigering\n • 1\n  Mötets öppnande\n • Ordförande Catarina Espmark presenterade mötets "
            "öppnande.\n • Enligt reglemente för Tillgänglighetsrådet har preliminär föredragningslista skickats till "
            "ledamöter och ersättare.\n\nProtokoll 2020-12-14\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Tillgänglighetsrådet"
