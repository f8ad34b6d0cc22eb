"""Which agenda titles are the same matter (planner/words_match.py): a carried item is closed by a later
item whose title matches it, and an announced event is the same event when its title matches."""

from __future__ import annotations

import pytest

from planner.carry import MATCH
from planner.words_match import similarity


@pytest.mark.parametrize(("a", "b"), [
    ("Information om Yrkes-SM", "Yrkes-SM"),
    ("Samplanering: förslag till handlingsplan", "Samplanering"),
    ("Information om brukarenkäten", "Redovisning av brukarenkäten"),
    ("Handlingsplan för psykisk hälsa", "Handlingsplan för psykisk hälsa för unga"),
    ("Handlingsplan för psykisk hälsa", "Regional handlingsplan för psykisk hälsa 2025–2027"),
    ("Budget 2027", "Budget för 2027"),
    ("Avtal om hemsjukvård", "Avtal om hemsjukvård, beslut"),
    ("Rapport om arbetet för jämställdhet", "Jämställdhetsarbete: rapport om arbetet för jämställdhet"),
    # a compound in one title whose two parts the other title has, whole or as parts of its words
    ("Samverkansavtal om hjälpmedel", "Information om hjälpmedelsavtalet"),
    ("Avtal om hemsjukvård", "Hemsjukvårdsavtalet"),
    ("Planering av trygghetsvandring", "Trygghetsvandringen: planering"),
    ("Rutin för vårdplanering", "Vårdplaneringsrutinen"),
    ("Plan för krisberedskap", "Krisberedskapsplan 2025"),
])
def test_same_matter(a: str, b: str) -> None:
    assert similarity(a, b) >= MATCH and similarity(b, a) >= MATCH


@pytest.mark.parametrize(("a", "b"), [
    # the same head, about different things: a false close made an open matter vanish from the agendas
    ("Regional handlingsplan för suicidprevention", "Regional handlingsplan för psykisk hälsa"),
    ("Uppföljning av avtal om hjälpmedel", "Uppföljning av avtal om färdtjänst"),
    ("Rapport om arbetet för jämställdhet", "Rapport om arbetet för mångfald"),
    ("Konferens om digitalisering i vården", "Konferens om barns hälsa"),
    ("Yrkes-SM", "Budget 2027"),
    # a compound with only one part in the other title is another matter
    ("Budget 2027", "Budgetuppföljning 2027"),
    ("Hälsoval", "Hälsovalsuppdraget"),
    ("Vårdplatser", "Vårdplatssamverkan"),
    ("Samverkansavtal om hjälpmedel", "Samverkansavtal om färdtjänst"),
    ("Information om hjälpmedelsavtalet", "Information om färdtjänstavtalet"),
    # word ends are no parts: "belysning" is not "bely" + "s" + "ning" (of "besiktning")
    ("Belysningsbesiktning", "Belysning inom samfälligheten"),
])
def test_other_matters(a: str, b: str) -> None:
    assert similarity(a, b) < MATCH and similarity(b, a) < MATCH
