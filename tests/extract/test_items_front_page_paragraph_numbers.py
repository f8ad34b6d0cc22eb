"""The paragraphs a participant attended, noted after the name on a stored copy's front page, are no items.

"Övriga deltagande Lennart Johansson, kommunchef ... Lars-Erik Holmberg, vattenrådet 14 Sven-Erik Nilsson, revisor
15 Utses att justera Fredric Olofsson ...": the numbers run in on the page line count up by one, but each stands
between a person and role ("Name, role 14") and the next person: who sat in for which paragraph, not paragraphs
14 and 15 of the minutes. A person and role ("Sven-Erik Nilsson, revisor") right after a number of the run tells it.

Look-alikes: paragraphs run in after the sentence before them, their titles the matters ("15 Dagordning och övriga
frågor", "3 Fastställande av dagordning", "8 Ekonomisk uppföljning"), still count up as items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _loose_run


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (("1 SAMMANTRÄDESPROTOKOLL Övriga deltagande Lennart Johansson, kommunchef Ann-Katrin Karlsson, "
          "kommunsekreterare Lars-Erik Holmberg, vattenrådet 14 Sven-Erik Nilsson, revisor 15 Utses att justera "
          "Fredric Olofsson och Margareta Henricsson"), []),
        ("2 Protokoll Övriga deltagare Anna Berg, ekonomichef 5 Per Ek, nämndsekreterare 6 Justerare Eva Lund", []),
        (("3 Sammanträdesprotokoll Tjänstemän Karin Bröske, socialchef 4 Leif Larsson, enhetschef 5 Liza Yngström, "
          "sekreterare Utses att justera Bo Ek"), []),
        (("1 Protokoll Närvarande tjänstemän Maria Sjödin, förvaltningschef 12 Johan Ek, controller 13 Utses att "
          "justera Anna Lind"), []),
        (("1 Kommunstyrelsen Övriga närvarande Eva Holm, planarkitekt 21 Olof Ström, kommunjurist 22 Karin Åberg, "
          "miljöchef 23 Sekreterare Lisa Berg"), []),
        # look-alikes: paragraphs run in after the text before them
        (("4 Kommunstyrelsen uppdras att justera dagens protokoll 15 Dagordning och övriga frågor Ordföranden "
          "redogör för dagordningen 16 Planeringsprocessen inklusive lokalplaneringsprocessen"), ["15", "16"]),
        (("2 Ordföranden hälsade välkommen och öppnade mötet 2 Val av justerare Anna Berg valdes att justera "
          "protokollet 3 Fastställande av dagordning"), ["2", "3"]),
        (("5 Protokollet godkändes och lades till handlingarna 7 Budget 2017 Förvaltningen redovisade förslaget "
          "8 Ekonomisk uppföljning"), ["7", "8"]),
    ],
)
def test_front_page_paragraph_numbers(text: str, numbers: list[str]) -> None:
    assert [m.group(1) for m in _loose_run(text)] == numbers
