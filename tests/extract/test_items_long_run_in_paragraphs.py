"""Long paragraphs that open with their sign, number and a short run-in title fill the sequence.

"§4. Rapporter. Ett antal kortfattade rapporter lämnas. Resa till Jönköping ..." over 400 characters
on its line (or wrapped onto the lines below): the title is the first sentence, "Rapporter". Such a
paragraph is kept aside like a shorter one and fills the number missing after "§3. Godkännande av
föregående mötesprotokoll. ...". Look-alike: a long paragraph with a number already taken (a
decision quoting "§2." again) adds nothing.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll fört vid styrelsesammanträde för SPF Seniorerna Kamraterna. Tid: 2025-11-19 10.00-12.30\n"
        "Plats: Café Skogen. Deltagande: Lars Göran Bergman, Berit Kock, Sören Karlsson Arevång.\n\n"
        "§1. Mötets öppnande. Ordförande förklarar sammanträdet öppnat.\n\n"
        "§2. Godkännande av dagordning. Dagordningen godkänns.\n\n"
        "§3. Godkännande av föregående mötesprotokoll. Protokoll från föregående sammanträde godkänns och läggs "
        "till handlingarna.\n\n")
LONG = ("Resa till Jönköping (Tändsticksmuseet) och Huskvarna (industrimuseum) genomfördes med fullsatt buss. "
        "Månadsmöte med föredrag om föreningens historia hölls i oktober med ett fyrtiotal deltagare och god "
        "stämning. Under tiden som förflutit sedan föregående sammanträde har träffar genomförts med gubbgänget. "
        "Kamratlunchen fortsätter liksom Kamrat-quizen. Rekryteringskampanj utanför ICA Kvantum genomfördes och "
        "gav sex nya medlemmar.")


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_long_paragraphs_with_run_in_titles_fill_the_sequence() -> None:
    text = (HEAD + "§4. Rapporter. Ett antal kortfattade rapporter lämnas. " + LONG + "\n\n"
            + "§5. Ekonomi. Styrelsen har tagit del av resultatuppföljningen. " + LONG + "\n\n"
            + "§6. Kommande resor och arrangemang. Resa till Lerbäcksteatern i december. " + LONG + "\n")
    assert [n for n, _ in _headings(text)] == ["1", "2", "3", "4", "5", "6"]
    assert _headings(text)[3:] == [("4", "Rapporter"), ("5", "Ekonomi"), ("6", "Kommande resor och arrangemang")]


def test_long_paragraph_with_a_number_taken_adds_nothing() -> None:
    text = (HEAD + "§4. Rapporter. Ett antal kortfattade rapporter lämnas.\n\n"
            + "§2. Godkännande av dagordning. Dagordningen ändrades i efterhand. " + LONG + "\n")
    assert [n for n, _ in _headings(text)] == ["1", "2", "3", "4"]
