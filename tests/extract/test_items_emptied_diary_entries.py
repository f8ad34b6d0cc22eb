"""A notice's list of matters on a stored copy's page lines that kept few numbers, each entry ended by its
emptied diary reference: "... 3. Anmälan av motioner 3 4. Digital agenda SML Dnr: KS Reglemente för
överförmyndaren Dnr: KS Revidering av kommunstyrelsens reglemente Dnr: KS ...". Each entry is an item,
without a number unless it kept one ("Ärende 14. Torghandelsföreskrifter ... Dnr: KS" opening the next page).

Look-alikes: a page line with fewer than three such references, or a text whose "Dnr: KS" parts long
prose (more than a title's words), adds no entries.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

COPY = 'Kommunfullmäktige\n\nDownload "Kallelse kommunfullmäktige 2019-02-25"\n\nTranskript\n\n'
PAGE_1 = ("1 REGISTER Sida 1(2) Tid: Måndagen den 25 februari 2019 Ärende 1. Inkomna avsägelser 1 2. Anmälan av "
          "medborgarförslag 2 3. Anmälan av motioner 3 4. Digital agenda SML Dnr: KS Reglemente för "
          "överförmyndaren Dnr: KS Revidering av kommunstyrelsens reglemente Dnr: KS Förvärv av Foss-Berg 3:1, "
          "Bergsäter Dnr: KS\n\n")
PAGE_2 = ("2 KALLELSE/UNDERRÄTTELSE Sida 2(2) Ärende 8. Torghandelsföreskrifter för kommunen. Dnr: KS Investeringar "
          "på Utvecklingscentrum Dnr: KS Val till kommunala förtroendemannauppdrag Dnr: KS\n")


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_entries_parted_by_emptied_diary_references() -> None:
    heads = _heads(COPY + PAGE_1 + PAGE_2)
    assert heads[4:] == [(None, "Reglemente för överförmyndaren"), (None, "Revidering av kommunstyrelsens reglemente"),
                         (None, "Förvärv av Foss-Berg 3:1, Bergsäter"), ("8", "Torghandelsföreskrifter för kommunen"),
                         (None, "Investeringar på Utvecklingscentrum"),
                         (None, "Val till kommunala förtroendemannauppdrag")]
    assert [n for n, _ in heads[:4]] == ["1", "2", "3", "4"]


def test_two_references_add_nothing() -> None:
    page = ("1 REGISTER Sida 1(2) Ärende 1. Inkomna avsägelser 1 2. Anmälan av medborgarförslag 2 3. Digital agenda "
            "Dnr: KS Reglemente för överförmyndaren Dnr: KS\n")
    assert [n for n, _ in _heads(COPY + page)] == ["1", "2", "3"]
