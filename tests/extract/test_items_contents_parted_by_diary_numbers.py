"""A contents line that kept only its first number, each later entry after its diary reference.

"2(24) Ärendelista 11 Ändring i föredragningslistan Dnr KS 2017/97-04 Borgen Marnäsvikens trygga hem
Dnr KS 2017/96-04 Medfinansiering Bergslagspendeln Dnr KS 2016/ Redovisning av ...": a stored copy lost
the paragraph numbers after the first, but the references ("Dnr KS 2017/97-04", or "Dnr KS 2016/"
with its serial lost) still part the entries. The first keeps its number; the others have none.
Look-alikes: a contents line whose entries keep their numbers is read as before, and two references
make no list.
"""

from __future__ import annotations

from tests.extract.item_rows import item_rows, transcript

_FRONT = ("SAMMANTRÄDESPROTOKOLL 1(24) Plats och tid Sessionssalen, stadshuset, tisdag den 28 februari 2017 kl 13.00 "
          "Beslutande ledamöter Leif Pettersson (S) HåGe Persson (M) Lotta Wedman (MP) Åsa Wikberg (MP) Övriga "
          "närvarande Jan Lindström, kommunchef Maria Östgren, kommunsekreterare Utses att justera Jan Karlsson")


def _rows(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2017-02-28")[0]]


_LIST = ("2(24) Ärendelista 11 Ändring i föredragningslistan Dnr KS 2017/97-04 Borgen Marnäsvikens trygga hem "
         "Dnr KS 2017/96-04 Medfinansiering Bergslagspendeln Dnr KS 2016/ Redovisning av nämndernas och bolagens "
         "planer för intern kontroll Dnr KS 2017/58-00 Nämndernas verksamhetsplaner Dnr KS 2015/ Svar på motion "
         "om rökfria platser där barn vistas")


def test_entries_parted_by_diary_references() -> None:
    assert _rows(transcript(_FRONT, _LIST)) == [
        ("11", "Ändring i föredragningslistan"), (None, "Borgen Marnäsvikens trygga hem"),
        (None, "Medfinansiering Bergslagspendeln"),
        (None, "Redovisning av nämndernas och bolagens planer för intern kontroll"),
        (None, "Nämndernas verksamhetsplaner"), (None, "Svar på motion om rökfria platser där barn vistas")]


def test_numbered_entries_read_as_before() -> None:
    text = transcript(_FRONT, "2(36) Kommunstyrelsens arbetsutskott Ärendelista 26 Dnr KS 2018/14 Information... 3 "
                      "27 Dnr KS 2018/124 Årsredovisning för Kramfors kommun 2017... 4 28 Dnr KS 2018/117 Instruktion "
                      "till ägarombud vid 2018 års bolagsstämmor... 9 29 Dnr KS 2017/484 Svar på medborgarförslag... 12")
    assert [n for n, _ in _rows(text)] == ["26", "27", "28", "29"]


def test_two_references_make_no_list() -> None:
    text = transcript(_FRONT, "2(24) Ärendelista 11 Ändring i föredragningslistan Dnr KS 2017/97-04 Borgen "
                      "Marnäsvikens trygga hem Dnr KS 2017/96-04 Medfinansiering Bergslagspendeln och annat som "
                      "nämnden behandlade under dagen enligt kallelsen som skickades ut i förväg till ledamöterna.")
    assert (None, "Borgen Marnäsvikens trygga hem") not in _rows(text)
