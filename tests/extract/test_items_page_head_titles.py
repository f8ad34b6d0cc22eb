"""Paragraph headings whose "§ N" was lost, each opening a stored copy's page after its running head.

"2 PEDERSÖRE KOMMUN Kommunfullmäktige PROTOKOLL Sammanträdets öppnande Kommunfullmäktiges ordförande öppnade ...":
once the running head is cut, the page opens with the paragraph's heading and then its text (a capitalised word
after the heading's lower-case one). A number kept after a full sentence on such a page is a paragraph of its own
("... beslutfört. 2 Val av två protokollsjusterare Till ..."). Headings on two pages or more make the list (the
front page is none). Look-alikes: a page opening with a label ("Sammanträdestid:") or with the sentence run on from
the page before ("och beslutade att ...") gives no heading.
"""

from __future__ import annotations

from tests.extract.item_rows import item_rows, transcript

HEAD = "PEDERSÖRE KOMMUN Kommunfullmäktige PROTOKOLL"
PEDERSORE = transcript(
    f"{HEAD} Sammanträdestid: Sammanträdesplats: Måndagen den 26 januari 2015, kl Kommungården, Bennäs "
    "Beslutande Back, Eivor Backlund, Christian Berger, Helena",
    f"{HEAD} Sammanträdets öppnande Kommunfullmäktiges ordförande öppnade sammanträdet, hälsade medlemmarna "
    "välkomna samt konstaterade att sammanträdet var lagligt sammankallat och beslutfört. 2 Val av två "
    "protokollsjusterare Till protokollsjusterare valdes Christian Backlund och Helena Berger. Protokolljusterarnas "
    "initialer Utdragets riktighet intygar",
    f"{HEAD} Dnr: 452/ Val av ordförande och vice ordförande Fullmäktige valde Anna Ek till ordförande.")


def test_page_head_titles() -> None:
    rows = item_rows(PEDERSORE, "2015-01-26")[0]
    assert [(n, t) for n, t, *_ in rows] == [
        (None, "Sammanträdets öppnande"), ("2", "Val av två protokollsjusterare"),
        (None, "Val av ordförande och vice ordförande")]


def test_run_on_page_is_no_heading() -> None:
    text = transcript(
        f"{HEAD} Sammanträdestid: Sammanträdesplats: Kommungården",
        f"{HEAD} Sammanträdestid: kl 19 Övriga närvarande: Anna Ek",
        f"{HEAD} och beslutade att godkänna förslaget. Fullmäktige tackade.")
    assert item_rows(text, "2015-01-26")[0] == []
