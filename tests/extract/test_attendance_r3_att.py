"""A present list whose names run together with their notes on one flattened line, no commas between them.

"Närvarande: Martin Evehäll FL 2 Ordförande Nicklas Karlsson BiV Skyddsomb. Joel Persson ...", "Närvarande:
Politiker: Glenn Nordlund Kommunförbundet, Örnsköldsvik Jonny Lundin ...", "Närvarande (enligt anmälan) Ordförande
Annette Sjödin Ledamot 1 Ewa Löwdin ...": each name opens with a known given name; the programme, organisation,
place or role between the names is passed over. The run ends at another list's label or where a sentence begins.
Before, no present list was read from such a line.

Look-alikes: fewer than three names, "närvarande" inside a sentence, the names after the sentence that ends the list.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _given_names_after_present_label
from planner.extract.header import document_parts
from planner.extract.text import minutes_from_text


def _names(text: str) -> list[str]:
    return [p.name for p in _given_names_after_present_label(document_parts(minutes_from_text(text)))]


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("SKOLRÅD Plats: klassrum. Närvarande: Martin Evehäll FL 2 Ordförande Nicklas Karlsson BiV Skyddsomb. "
         "Joel Persson SoL Vice ordf. Lena Rosqvist Kök, städ, vaktm. Frånvarande: Dennis Friberg FL 1"),
         ["Martin Evehäll", "Nicklas Karlsson", "Joel Persson", "Lena Rosqvist"]),
        (("Plats: Härnösand Närvarande: Politiker: Glenn Nordlund Kommunförbundet, Örnsköldsvik Eva Lohman "
         "Kommunförbundet, Sundsvall t o m 2 Benny Eriksson Landstinget, ordförande Tjänstemän: Jan Sahlén "
         "Gustav Malmqvist Landstinget Almi"),
         ["Glenn Nordlund", "Eva Lohman", "Benny Eriksson", "Jan Sahlén", "Gustav Malmqvist"]),
        (("Styrelsen Närvarande (enligt anmälan) Ordförande Annette Sjödin Ledamot 1 Ewa Löwdin Ledamot 2 Stellan "
         "Spetz Suppleant Lotta Falk De personliga ersättarna närvarar med yttranderätt Maria Ek Karin Berg"),
         ["Annette Sjödin", "Ewa Löwdin", "Stellan Spetz", "Lotta Falk"]),
        ("Närvarande: Anna Berg kassör Gunnar C Hansson ledamot Per Olsson sekreterare",
         ["Anna Berg", "Gunnar C Hansson", "Per Olsson"]),
        # look-alikes
        ("Närvarande: Martin Evehäll FL 2 Ordförande Nicklas Karlsson BiV", []),
        ("Ordföranden hälsade de närvarande välkomna och Anna Berg, Per Olsson och Karin Ek redovisade", []),
        ("Närvarande: Anna Berg Per Olsson hälsade alla välkomna till mötet Karin Ek Lars Ek", []),
    ],
)
def test_names_run_together_with_notes(text: str, present: list[str]) -> None:
    assert _names(text) == present


@pytest.mark.parametrize(
    ("run", "names"),
    [
        ("Jonny Lundin Åse Tiberg", ["Jonny Lundin", "Åse Tiberg"]),
        ("Sarah Frisell Johnny Pajanen", ["Sarah Frisell", "Johnny Pajanen"]),
        ("Charlie Wallin Sverker Jern", ["Charlie Wallin", "Sverker Jern"]),
        ("Olov Persson Eiwor Andersson", ["Olov Persson", "Eiwor Andersson"]),
        # look-alikes: no known given name, or too few words
        ("Kommunförbundet Landstinget", None),
        ("Åse", None),
    ],
)
def test_more_given_names_split_runs(run: str, names: list[str] | None) -> None:
    from planner.extract.attendance import _segment_names

    words = run.split()
    spans = _segment_names(words)
    assert ([" ".join(words[i:j]) for i, j in spans] if spans else None) == names
