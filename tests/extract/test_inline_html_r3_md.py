"""Inline HTML that a Markdown or text copy of a web page kept ("<strong>Lemland</strong>", "kl. 19.00<br />",
"&nbsp;", "&amp;"): the clean text reads without it, and every character still maps back to the original.
Angle brackets and ampersands of ordinary text ("antal < 5", "<a@b.se>", "Kultur & fritid") stay."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("line", "clean"), [
    ("Sammanträdesplats: Birgittagården i Söderby, <strong>Lemland</strong>.<br />",
     "Sammanträdesplats: Birgittagården i Söderby, Lemland."),
    ("Sammanträdes<strong>protokoll</strong> Datum: 02.07.2012<br>", "Sammanträdesprotokoll Datum: 02.07.2012"),
    ("Närvarande:<br/>Anna Ek<BR>Bo Berg", "Närvarande: Anna Ek Bo Berg"),
    ("<b>Anna Ek</b><br>Bo Berg</p>", "Anna Ek Bo Berg"),
    ("<details><summary>Bilagor</summary>", "Bilagor"),
    ("Kultur&nbsp;&amp;&nbsp;fritid", "Kultur & fritid"),
    ("Mötet &#246;ppnades av <em>Anna&nbsp;Ek</em>", "Mötet öppnades av Anna Ek"),
    ('Se <a href="https://example.se/protokoll">protokollet</a>', "Se protokollet"),
    # ordinary text: no tag, no entity
    ("Om antal < 5 och b > 3 gäller beslutet", "Om antal < 5 och b > 3 gäller beslutet"),
    ("Filip Tufvesson <d94ft@efd.lth.se>", "Filip Tufvesson <d94ft@efd.lth.se>"),
    ("ssh -l <användarnamn> server", "ssh -l <användarnamn> server"),
    ("Kultur & fritid; R&D; A&O", "Kultur & fritid; R&D; A&O"),
])
def test_inline_html_is_read_through(line: str, clean: str) -> None:
    text = "Protokoll\n" + line + "\n"
    doc = minutes_from_text(text)
    assert doc.clean.split("\n")[1] == clean
    for i, ch in enumerate(doc.clean):  # every character points back to its original (an entity to its "&")
        original = doc.text[doc.original(i)]
        assert original == ch or original == "&" or ch == " "


def test_venue_without_tags() -> None:
    text = ("<strong>Lemland</strong>-<strong>Lumparlands</strong> <strong>församling</strong> Sida 1<br />\n\n"
            "Kyrkorådet 06/12<br />\n\nSammanträdestid: Måndagen den 09.07.2012 kl. 19.00-21.00<br />\n\n"
            "Sammanträdesplats: Birgittagården i Söderby, <strong>Lemland</strong>.<br />\n\n"
            "§ 73. Sammanträdets öppnande.<br />\n\n§ 74. Val av justerare.<br />\n")
    doc = minutes_from_text(text)
    meeting = extract_text(doc).meeting
    assert meeting.venue == "Birgittagården i Söderby, Lemland"
    a, b = meeting.spans["venue"]
    assert doc.text[a:b] == "Birgittagården i Söderby, <strong>Lemland"
