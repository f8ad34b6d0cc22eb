"""Minutes kept as sub-points only ("3.1 ... 4.4"), no group headings, each point's text its title: a point
that runs on as a sentence ("3.1 Kassören har fått veta att ... . Från och med ...") is still a point,
named by its first sentence; a point whose sentence tells its fate without a full stop ("4.1 Punkten
bordlades till nästa ordinarie styrelsemöte") is read for it. Look-alikes: a numbered list inside one
item (one group only) gives no agenda, and a short sub-point title that names a kind of matter keeps
its status."""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_POINTS = (
    "Protokoll styrelsemöte 2022-05-03\n\n"
    "3.1 Kassören har fått veta att det brukar finnas en återkommande infopunkt där kassören informerar "
    "resten av styrelsen om ekonomin. Från och med detta möte kommer det vara en återkommande punkt\n"
    "3.2 Insparken har fått ett bidrag på villkoret att resurser kommer läggas på att välkomna nya "
    "internationella studenter under hösten\n"
    "3.3 Arbetsgruppen som skulle uppdatera alla bokningsdokument har avslutat sitt arbete\n\n"
    "{first}\n"
    "4.2 Kåradministrationen uppskattar att det kommer vara mer tryck i höst. Styrelsen diskuterar "
    "möjliga öppettider och att läget inför hösten fortfarande är osäkert.\n"
    "4.3 Styrelsen diskuterar maxgränsen med 21 dagars mellanrum mellan ordinarie styrelsemöten. "
    "Diskussionen lyfter viktiga punkter.\n"
)


@pytest.mark.parametrize(("first", "number", "title", "status", "when"), [
    ("4.1 Punkten bordlades till nästa ordinarie styrelsemöte", "4.1",
     "Punkten bordlades till nästa ordinarie styrelsemöte", "postponed", "next"),
    ("4.1 Styrelsen beslutar att skjuta upp frågan till nästa möte", "4.1",
     "Styrelsen beslutar att skjuta upp frågan till nästa möte", "postponed", "next"),
    # Look-alike: a point that tells no fate is handled.
    ("4.1 Ordförande informerar om läget i lokalfrågan inför hösten", "4.1",
     "Ordförande informerar om läget i lokalfrågan inför hösten", "handled", None),
])
def test_sub_points_without_headings(first: str, number: str, title: str, status: str, when: str | None) -> None:
    rows, _ = item_rows(_POINTS.format(first=first), "2022-05-03")
    assert [n for n, *_ in rows] == ["3.1", "3.2", "3.3", "4.1", "4.2", "4.3"]
    assert rows[4][1] == "Kåradministrationen uppskattar att det kommer vara mer tryck i höst"
    assert (number, title, status, when) in rows


def test_one_group_of_sentences_is_no_agenda() -> None:
    # Look-alike: the sentences of one group only ("3.1 ... 3.3") under a text: no agenda read from them.
    text = ("Protokoll styrelsemöte 2022-05-03\n\nStyrelsen går igenom ekonomin.\n\n"
            "3.1 Kassören har fått veta att det brukar finnas en återkommande infopunkt om ekonomin.\n"
            "3.2 Insparken har fått ett bidrag på villkoret att resurser läggs på nya studenter i höst.\n"
            "3.3 Arbetsgruppen som skulle uppdatera alla bokningsdokument har avslutat sitt arbete nu.\n")
    rows, _ = item_rows(text, "2022-05-03")
    assert [n for n, *_ in rows if n and n.startswith("3.")] == []
