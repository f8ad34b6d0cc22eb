"""Titles whose numbers a copy lost, run together after the title before them on one line.

"372 Budget 2011 samt ekonomiplan för åren Avgifter Anhållan om omdisponering av investeringsanslag 375
Hemställningsmotion": 373 and 374 were eaten with the year. Where two headings of one line skip one to three numbers
and the text between splits into exactly one title more than the numbers missed (a title opens at a capitalised word
after a lower-case one, or at a matter's first word after a capitalised one), the parts after the first are headings
of their own, without number. A diary number ("Dnr 2013/") is no part of a title. Look-alikes: a gap whose text
splits into another count of titles keeps its text as the title before it.
"""

from __future__ import annotations

from tests.extract.item_rows import item_rows, transcript


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(n, t) for n, t, *_ in item_rows(text, "2010-12-01")[0]]


def test_gap_titles() -> None:
    text = transcript(
        "FINSTRÖMS KOMMUN PROTOKOLL Sammanträdesdatum KOMMUNSTYRELSEN",
        "367 Konstatera laglighet och beslutförhet 368 Protokolljusterare 369 Föredragningslistan 370 Delgivning "
        "371 Protokoll från nämnder 372 Budget 2011 samt ekonomiplan för åren Avgifter Anhållan om omdisponering av "
        "investeringsanslag 375 Hemställningsmotion 376 Individuellt lönepåslag barnomsorgsledaren 377 "
        "Budgetändring daghemsbygget 378 Vatten- och avloppspriser för år")
    assert _titles(text)[5:12] == [
        ("372", "Budget 2011 samt ekonomiplan för åren"), (None, "Avgifter"),
        (None, "Anhållan om omdisponering av investeringsanslag"), ("375", "Hemställningsmotion"),
        ("376", "Individuellt lönepåslag barnomsorgsledaren"), ("377", "Budgetändring daghemsbygget"),
        ("378", "Vatten- och avloppspriser för år")]


def test_gap_of_other_count_kept() -> None:
    text = transcript(
        "FINSTRÖMS KOMMUN PROTOKOLL Sammanträdesdatum KOMMUNSTYRELSEN",
        "367 Konstatera laglighet och beslutförhet 368 Protokolljusterare 369 Föredragningslistan 370 Delgivning "
        "371 Protokoll från nämnder 372 Budget 2011 samt ekonomiplan för åren Avgifter 375 Hemställningsmotion "
        "376 Individuellt lönepåslag barnomsorgsledaren 377 Budgetändring daghemsbygget")
    titles = _titles(text)
    assert (None, "Avgifter") not in titles
    assert [n for n, _ in titles if n] == ["367", "368", "369", "370", "371", "372", "375", "376", "377"]


def test_missed_number_inside_a_title() -> None:
    text = transcript(
        "MARKS KOMMUN SAMMANTRÄDESPROTOKOLL Kultur- och fritidsnämnden",
        "SAMMANTRÄDESPROTOKOLL Sida 3(31) Fastställande av dagordning 94 Ekonomisk rapport för september Motion om "
        "barnfattigdom 96 Uppdragsbeskrivning för styrgrupper, gemensamt 97 barn- och ungdomsarbete Verksamhetsplan "
        "för folkhälsan 98 Motion om skulpturen 99 Motion om spontanidrottsplats 100 Medborgarförslag om "
        "koloniträdgårdar")
    assert (None, "Motion om barnfattigdom") not in _titles(text)
