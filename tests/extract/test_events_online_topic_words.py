"""How an event is held online is read from how the sentence says it is held, not from its topic.

"Nästa kommunala forum den 8 maj kommer att vara en workshop med temat ”Att leda välfärd i den digitala
revolutionen”" is a workshop at Videum, not a digital meeting: the calendar said "/ Digitalt möte" beside
the venue. A theme in quotes, and "digital"/"digitala" before a word that is no kind of meeting ("digitala
verktyg", "Digitala Västerbotten"), say nothing of how the meeting is held.
"""

from __future__ import annotations

import pytest

from planner.extract.events import _online


@pytest.mark.parametrize(("window", "online"), [
    # held online
    ("Nästa möte hålls digitalt den 12 maj kl. 13.00.", "digital"),
    ("Nätverksträffen den 3 juni blir ett digitalt möte.", "digital"),
    ("Utbildningen den 4 mars sker i digital form.", "digital"),
    ("Vi ses på digitala träffar varannan vecka med start 2 februari.", "digital"),
    ("Workshopen den 9 april hålls på distans.", "digital"),
    ("Styrelsen möts den 5 maj via Teams.", "Teams"),
    ("Den 8 maj blir det en digital workshop om kvalitet.", "digital"),
    # a topic, not how it is held
    (("Nästa kommunala forum den 8 maj kommer att vara en workshop med temat ”Att leda välfärd i den "
      "digitala revolutionen”."), None),
    ("Information från Digitala Västerbotten 2023-12-05.", None),
    ("Den 14 oktober presenteras digitala verktyg för hemtjänsten.", None),
    ("Konferensen ”Digital vård nära dig” hålls den 20 november i Umeå.", None),
    ("Seminariet om digital kompetens hålls den 3 mars på stadshuset.", None),
])
def test_online_is_how_the_meeting_is_held(window: str, online: str | None) -> None:
    assert _online(window) == online
