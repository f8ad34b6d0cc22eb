"""A numbered paragraph whose text opens with lettered parts told in sentences ("6) a) Styrelsens
verksamhetsberättelse för 2009 granskades och godkändes efter justering av angivet år." / "b) Kassörens resultat
och balansräkning ... lades dessa till handlingarna."): the number is the paragraph's, an item like its
neighbours ("5) Förslaget till dagordning fastställdes ...", "7) Revisorernas berättelse presenterades ...").

Look-alikes: a register's lettered matters under one number ("15 a) Anmälan av protokollsjustering" / "b) Anmälan
av delegationsbeslut") stay items of their own, numbered by letter.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

MINUTES = """Protokoll fört vid årsmöte i Skummeslöva Tennisklubb 2010-04-03

1)                  Ordförande Peter Thesleff förklarade mötet öppnat. Röstlängden fastställdes.

2)                  Till mötesordf. valdes Peter Thesleff och till mötessekr. valdes Bengt Mexnell.

3)                  Till justeringsman och rösträknare valdes Ingvar Jönsson.

4)                  Konstaterades att mötet utlysts enligt stadgarna.

5)                  Förslaget till dagordning fastställdes, med justering att övriga ledamöter är valda till 2011.

6)                  a) Styrelsens verksamhetsberättelse för 2009 granskades och godkändes efter justering av angivet år.

b) Kassörens resultat och balansräkning för 2008-08-16—2009-12-31 granskades och kommenterades av Curt-Åke Nyström. Efter justering så att text avpersonifierats lades dessa till handlingarna. Mötesordförande tackade kassören för ett gott arbete. I korthet konstaterades att verksamhetsåret givet ett ekonomiskt negativt resultat.

7)                  Revisorernas berättelse presenterades, granskades och lades till handlingarna.

8)                  På rekommendation av revisorerna beviljades styrelsen ansvarsfrihet.
"""

REGISTER = """Protokoll kommunstyrelsen 2012-05-03

14 Val av justerare

Anna Berg utses att justera protokollet.

15 a) Anmälan av protokollsjustering

b) Anmälan av delegationsbeslut

c) Anmälan av inkomna skrivelser

16 Budget 2013

Kommunstyrelsen beslutar att godkänna förslaget.
"""


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_number_before_lettered_sentences_is_an_item() -> None:
    assert _numbers(MINUTES) == ["1", "2", "3", "4", "5", "6", "7", "8"]


def test_register_letters_stay_items() -> None:
    assert _numbers(REGISTER) == ["14", "a", "b", "c", "16"]
