"""A labelled table of contents with dot leaders: the leaders end its entries, not capitals.

"Innehållsförteckning: Kulturskolan avgifter ändring av...3 Motion demoex: Behåll datatekniker vid
Vallentuna Gymnasium...5 ...", run together on one line of a stored copy. Each "...N" ends an
entry; inside an entry a capitalised word after a colon or after another capitalised word goes
on ("Motion demoex: Behåll", "Vallentuna Gymnasium"), one after a lower-case word opens an entry
whose leader the copy lost, and a page number glued to a word ("Roslagsvatten AB32") is a lost
leader. Look-alike: the same label without dot leaders still splits its entries at capitals.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = """Kommunstyrelsens arbetsutskott 25 mars 2004

Transkript

1 Kommunstyrelsens arbetsutskott 25 mars 2004 Plats och tid för sammanträdet Beslutande Övriga deltagare \
Utses att justera Justeringens plats och tid Bälinge Sekreterare Anna Berg Ordförande Per Ek

"""

_LED = (
    "2 Innehållsförteckning: Kulturskolan avgifter ändring av...3 Motion demoex: Behåll datatekniker vid "
    "Vallentuna Gymnasium...5 Motion nytt övergångsställe vid Vallentuna station...7 Banvägens upprustning, "
    "slutredovisning...8 Månadsuppföljning februari...9 Årsredovisning och verksamhetsberättelser "
    "Ombudgeteringar i 2003 års bokslut...11 Bolagisering av va-verksamhet och samgående med Roslagsvatten "
    "AB32 Antagande av yttrande till Finansdepartementet...35\n"
)

_UNLED = (
    "2 Innehållsförteckning Adjungering Fastställande av föredragningslista Välfärdsteknik ÄLN 2017/ "
    "Regional överenskommelse om vård\n"
)


def _titles(line: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(_HEAD + line))
    return [h.title for h in heads]


def test_dot_leaders_end_the_entries() -> None:
    assert _titles(_LED) == [
        "Kulturskolan avgifter ändring av",
        "Motion demoex: Behåll datatekniker vid Vallentuna Gymnasium",
        "Motion nytt övergångsställe vid Vallentuna station",
        "Banvägens upprustning, slutredovisning",
        "Månadsuppföljning februari",
        "Årsredovisning och verksamhetsberättelser",
        "Ombudgeteringar i 2003 års bokslut",
        "Bolagisering av va-verksamhet och samgående med Roslagsvatten AB",
        "Antagande av yttrande till Finansdepartementet",
    ]


def test_without_leaders_capitals_open_entries() -> None:
    assert _titles(_UNLED)[:3] == ["Adjungering", "Fastställande av föredragningslista", "Välfärdsteknik"]
