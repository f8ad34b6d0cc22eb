"""Comments asked for a later meeting on a question of their own announce it (planner.extract.items).

"Kom gärna med input/synpunkter till nästa möte, 3/6 gällande en mer allmän fråga huruvida avtal med Länsstyrelsen
avseende mottagande är relevant" under "Mål och resultat" (812): the comments (words.COMMENTS_NOUNS) are on a
question of their own (after words.COMMENTS_ABOUT, none of its words the title's), so that question is a topic
announced for the next meeting and the item is handled. Look-alikes: comments on the item's own matter, comments on
nothing named, and a meeting or time after the preposition; those bring the item back.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_MINUTES = """Protokoll styrgruppsmöte 2010-05-11
Närvarande: Anna Berg, Per Holm, Eva Lind
1. Mötets öppnande
Ordföranden öppnar mötet.
2. {title}
Läget redovisades. {sentence}
3. Mötet avslutas
Ordföranden avslutar mötet.
"""


def _read(title: str, sentence: str) -> tuple[str, list[tuple[str | None, str, str | None]]]:
    out = extract_text(minutes_from_text(_MINUTES.format(title=title, sentence=sentence)))
    return out.items[1].status.value, [(c.from_item, c.reason.value, c.when) for c in out.carry]


@pytest.mark.parametrize(("title", "sentence"), [
    ("Mål och resultat", ("Kom gärna med input/synpunkter till nästa möte gällande en mer allmän fråga huruvida "
                          "avtalet med Länsstyrelsen är relevant.")),
    ("Ekonomi", "Alla ombeds komma med idéer kring sommarfesten till nästa möte."),
    ("Hemsidan", "Alla tar med sig synpunkter på den nya loggan till nästa möte."),
    ("Verksamhetsplan", "Ledamöterna tar med sig tankar om medlemsvärvningen till nästa möte."),
    ("Lokalfrågan", "Kom med åsikter angående städschemat till nästa styrelsemöte."),
])
def test_comments_on_a_question_of_their_own_are_announced(title: str, sentence: str) -> None:
    status, carry = _read(title, sentence)
    assert status == "handled"
    assert carry == [("2", "announced", "next")]


@pytest.mark.parametrize(("title", "sentence"), [
    ("Budget 2011", "Alla tar med sig synpunkter på budgeten till nästa möte."),  # the item's own matter
    ("Hemsidan", "Kom gärna med synpunkter till nästa möte."),  # on nothing named
    ("Verksamhetsplan", "Synpunkter på verksamhetsplanen tas upp på nästa möte."),
    ("Mål och resultat", "Synpunkter tas upp på styrelsemötet den 3 juni."),  # a meeting, no question
])
def test_comments_on_the_matter_bring_it_back(title: str, sentence: str) -> None:
    status, carry = _read(title, sentence)
    assert status == "returns"
    assert [(c[0], c[1]) for c in carry] == [("2", "returns")]
