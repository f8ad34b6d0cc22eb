"""A museum, library or archive after a name on an attendance line ("Susanne Granlund, Eskilstuna Stadsmuseum",
"Lina Ålenius, Malmö Museer") is the person's organisation, not a second person (planner.extract.attendance).
Look-alikes: names alone, and a name that only holds such letters inside ("Musa Museovic")."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid MABBAS årsmöte 2022\nDatum: 28 mars 2022\n\nDeltagande:\n"
TAIL = "\n\n§ 1. Mötets öppnande\nPetra Nygård hälsade alla välkomna.\n"


def present(lines: str) -> list[str]:
    return [a.name for a in extract_text(minutes_from_text(HEAD + lines + TAIL)).meeting.present]


def test_institution_is_no_person() -> None:
    assert present(
        "Charlotta Dohlvik, Sjöfartsmuseet Akvariet\nSusanne Granlund, Eskilstuna Stadsmuseum\n"
        "Agneta Höglander, Sörmlands museum\nPetra Nygård, Stockholms Stadsmuseum\n"
        "Sofia Svalmark, Statens Försvarshistoriska Museer\nLina Ålenius, Malmö Museer\n"
        "Karin Berg, Regionarkivet"
    ) == ["Charlotta Dohlvik", "Susanne Granlund", "Agneta Höglander", "Petra Nygård", "Sofia Svalmark",
          "Lina Ålenius", "Karin Berg"]


def test_names_alone_stay() -> None:
    assert present("Musa Museovic\nSusanne Granlund\nLina Ålenius") == ["Musa Museovic", "Susanne Granlund",
                                                                       "Lina Ålenius"]
