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


# The reference may close each entry in brackets instead: "Svar på remiss ... (LS/540/2011) Kompetens­försörjnings­
# strategi ... (LS/834/2011)". It stays with its entry's title; entries before the first reference that ran together
# into one too long for a title are left out, and the list goes on after them.
_BRACKETED = ("2(60) Innehållsförteckning 153 Fastställande av föredragningslista Information från utskotten "
              "Direktörens rapport Svar på remiss: Betänkandet Skadestånd och Europakonventionen (SOU 2010:87) "
              "(LS/540/2011) Svar på revisorernas granskning av byggprocessen (LS/614/2011) Kompetensförsörjnings"
              "strategi för landstinget (LS/834/2011) Lönestrategi för landstinget (LS/450/2011) Utseende av "
              "stipendiat Kulturstipendium 2011 (LS/432/2011) Utseende av p")


def test_entries_closed_by_bracketed_references() -> None:
    assert _rows(transcript(_FRONT, _BRACKETED)) == [
        (None, "Svar på revisorernas granskning av byggprocessen (LS/614/2011)"),
        (None, "Kompetensförsörjningsstrategi för landstinget (LS/834/2011)"),
        (None, "Lönestrategi för landstinget (LS/450/2011)"),
        (None, "Utseende av stipendiat Kulturstipendium 2011 (LS/432/2011)"), (None, "Utseende av p")]


def test_bracketed_references_with_the_year_first() -> None:
    text = transcript(_FRONT, "2(24) Ärendelista 11 Ändring i föredragningslistan (KS 2017/97) Borgen för "
                      "bostadsbolaget (KS 2017/96) Medfinansiering av pendeltåg (KS 2016/12) Intern kontroll 2017 "
                      "(Dnr 2017/58) Nämndernas verksamhetsplaner")
    assert _rows(text) == [
        ("11", "Ändring i föredragningslistan (KS 2017/97)"), (None, "Borgen för bostadsbolaget (KS 2017/96)"),
        (None, "Medfinansiering av pendeltåg (KS 2016/12)"), (None, "Intern kontroll 2017 (Dnr 2017/58)"),
        (None, "Nämndernas verksamhetsplaner")]


def test_bracketed_notes_that_are_no_references_make_no_list() -> None:
    # a law's number, a count and a year in brackets part nothing
    text = transcript(_FRONT, "2(24) Ärendelista 11 Ändring i föredragningslistan (SFS 2017:725) Borgen för "
                      "bostadsbolaget (3 st) Medfinansiering av pendeltåg (2016) Intern kontroll Nämndernas planer")
    assert (None, "Borgen för bostadsbolaget (3 st)") not in _rows(text)
    assert (None, "Medfinansiering av pendeltåg (2016)") not in _rows(text)
