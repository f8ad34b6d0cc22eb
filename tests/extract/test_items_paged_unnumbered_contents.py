"""A table of contents whose numbers were lost, run together on a stored copy's page line after its label.

"1 i INNEHÅLLSFÖRTECKNING SSTYR, :00, Protokoll -1 Närvarande Sammanträdets laglighet och beslutförhet Protokollets
justering ... För kännedom ... Besvärsanvisning... 16": the label in capitals after the page number, the page's
running head up to the list's page number, then the entries. An entry opens at a capitalised word after a
lower-case word that is no preposition nor "och", or after a capitalised word (a name ending the entry before) when
it reads as a matter's first word ("Söderståhl Anhållan om ...", "Ab För kännedom"); never after a colon, a slash or
a comma. "Närvarande" is no entry; an entry with a dot leader ("Besvärsanvisning... 16") ends the list. Look-alike:
a list whose numbers were kept ("INNEHÅLLSFÖRTECKNING 33 Delårsbokslut ...") is read by the numbered readers.
"""

from __future__ import annotations

from planner.extract.items import _opens_contents_entry, _paged_unnumbered_contents
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import item_rows, transcript

NARPES = transcript(
    "i INNEHÅLLSFÖRTECKNING SSTYR, :00, Protokoll -1 Närvarande Sammanträdets laglighet och beslutförhet "
    "Protokollets justering Bokslut och verksamhetsberättelse för år Arv av Bror Levi Söderståhl Anhållan om "
    "befrielse från förtroenduppdrag/ Ann-Katrin Enqvist Justering av priset för regionbiljett Godkännande av "
    "köpebrev / köpare: Elena och Alexandru Marca Godkännande av föravtal / säljare: Närpes stad, köpare: EPV "
    "Vindkraft Ab För kännedom Deltagande i projektet Besvärsanvisning... 16",
    "SSTYR, :00 Sida 2 NÄRVARANDE MEDLEMMAR: Ordförande Anna Ek")


def test_paged_unnumbered_contents() -> None:
    assert [t for _, t, *_ in item_rows(NARPES, "2015-04-14")[0]] == [
        "Sammanträdets laglighet och beslutförhet", "Protokollets justering",
        "Bokslut och verksamhetsberättelse för år", "Arv av Bror Levi Söderståhl",
        "Anhållan om befrielse från förtroenduppdrag/ Ann-Katrin Enqvist", "Justering av priset för regionbiljett",
        "Godkännande av köpebrev / köpare: Elena och Alexandru Marca",
        "Godkännande av föravtal / säljare: Närpes stad, köpare: EPV Vindkraft Ab", "För kännedom",
        "Deltagande i projektet"]


def test_numbers_kept_is_no_such_list() -> None:
    doc = minutes_from_text(transcript("x", "INNEHÅLLSFÖRTECKNING 33 Delårsbokslut jan- april Förslag till direktiv "
                                            "Politisk organisation Sammanträdesplan Hållbara transporter"))
    assert _paged_unnumbered_contents(doc) == []


def test_entry_openings() -> None:
    assert _opens_contents_entry("Söderståhl", "Anhållan", ["om"])
    assert _opens_contents_entry("beslutförhet", "Protokollets", ["justering"])
    assert not _opens_contents_entry("av", "Bror", ["Levi"])  # a name after a preposition
    assert not _opens_contents_entry("och", "Alexandru", ["Marca"])
    assert not _opens_contents_entry("köpare:", "Elena", ["och"])
    assert not _opens_contents_entry("Bror", "Levi", ["Söderståhl"])  # a name's words
