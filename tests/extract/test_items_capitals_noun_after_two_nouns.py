"""Titles in capitals run together after a list's label, their numbers lost: a noun followed by a small word of
matter ("KLAGOMÅL PÅ BILAR") opens a new title after a title that ends in two words that are no small words
("REMISSUTLÅTANDE ARBETSTIDSLAG"). Look-alikes: such a noun after a small word ("ÖVERGÅNGSBESTÄMMELSER I
GRUNDAVTALET FÖR KST", "UPPTAGNING AV LÅN FÖR FINANSIERING"), or after a title's first word alone ("NY INSTRUKTION
FÖR KOMMUNENS ...")."""

from __future__ import annotations

import pytest

from planner.extract.items import _noun_after_two_nouns
from tests.extract.item_rows import item_rows, transcript

GETA = transcript(
    "GETA KOMMUN SAMMANTRÄDESKALLELSE Organ Kommunstyrelsen Tid och plats 7 april 2021",
    "2 Sammanträdets ärendelista 48 SAMMANTRÄDETS KONSTITUERANDE TILLKÄNNAGIVANDEN, DELGIVNINGAR OCH INFORMATION "
    "TILLÄMPNING AV ÖVERGÅNGSBESTÄMMELSER I GRUNDAVTALET FÖR KST UPPTAGNING AV LÅN FÖR FINANSIERING "
    "REMISSUTLÅTANDE ARBETSTIDSLAG KLAGOMÅL PÅ BILAR SOM FÖRFULAR LANDSKAPET MÖTETS AVSLUTANDE, BESVÄRSANVISNING "
    "Sammanträdeskallelsen har utfärdats.")


def test_capitals_titles_split_at_noun_of_matter() -> None:
    assert [t for _, t, *_ in item_rows(GETA, "2021-04-07")[0]] == [
        "SAMMANTRÄDETS KONSTITUERANDE", "TILLKÄNNAGIVANDEN, DELGIVNINGAR OCH INFORMATION",
        "TILLÄMPNING AV ÖVERGÅNGSBESTÄMMELSER I GRUNDAVTALET FÖR KST",
        "UPPTAGNING AV LÅN FÖR FINANSIERING", "REMISSUTLÅTANDE ARBETSTIDSLAG",
        "KLAGOMÅL PÅ BILAR SOM FÖRFULAR LANDSKAPET", "MÖTETS AVSLUTANDE, BESVÄRSANVISNING"]


@pytest.mark.parametrize(("title", "word", "nxt", "opens"), [
    (["REMISSUTLÅTANDE", "ARBETSTIDSLAG"], "KLAGOMÅL", "PÅ", True),
    (["BIDRAG", "FRITIDSGÅRDEN"], "ANSÖKAN", "OM", True),
    # look-alikes
    (["ÖVERGÅNGSBESTÄMMELSER", "I"], "GRUNDAVTALET", "FÖR", False),
    (["UPPTAGNING", "AV"], "LÅN", "FÖR", False),
    (["NY"], "INSTRUKTION", "FÖR", False),
    (["REMISSUTLÅTANDE", "ARBETSTIDSLAG"], "KLAGOMÅL", "SOM", False),
    (["UTARRENDERING", "RIÄNGEN", "3"], "INITIATIV", "OM", False),
])
def test_noun_after_two_nouns(title: list[str], word: str, nxt: str, opens: bool) -> None:
    assert _noun_after_two_nouns(title, word, nxt) is opens
