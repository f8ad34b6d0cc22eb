"""Lines standing alone with the same words three times or more are sub-headings, not items.

A web page of minutes that shows each paragraph's decision under its own sub-heading ("Direktionens
beslut" / "Agneta Sörensson (M) utses att justera ...", again and again) has lines alone over text
that repeat: each is a part of the item above it. Look-alike: two matters of the same name
("Personärende" twice) are two items.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = "Protokoll från direktionens sammanträde den 6 februari 2024.\n\n"


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


def _paragraph(title: str, text: str, sub: str, decision: str) -> str:
    return f"{title}\n\n{text}\n\n{sub}\n\n{decision}\n\n"


def test_repeated_decision_sub_heading_is_no_item() -> None:
    text = HEAD + "".join((
        _paragraph("Val av justerare", "Ordföranden föreslår att Agneta Sörensson utses att justera protokollet.",
                   "Direktionens beslut", "Agneta Sörensson (M) utses att justera dagens protokoll."),
        _paragraph("Sammanträdesdatum 2024", "Föreligger nytt förslag från beredningen om sammanträdesdatum under 2024.",
                   "Direktionens beslut", "Direktionen antar nytt förslag till datum för sammanträden 2024."),
        _paragraph("Budget 2025", "Förbundschefen redogör för förslaget till budget för nästa år och planen.",
                   "Direktionens beslut", "Direktionen godkänner förslaget till budget för år 2025."),
    ))
    assert _titles(text) == ["Val av justerare", "Sammanträdesdatum 2024", "Budget 2025"]


def test_two_matters_of_one_name_stay_items() -> None:
    text = HEAD + (
        "Personärende\n\nNämnden behandlade ett ärende om bistånd enligt socialtjänstlagen.\n\n"
        "Ekonomisk rapport\n\nEkonomichefen redovisade utfallet per januari för hela förvaltningen.\n\n"
        "Personärende\n\nNämnden behandlade ett ärende om vård enligt lagen om vård av unga.\n\n")
    assert _titles(text) == ["Personärende", "Ekonomisk rapport", "Personärende"]
