"""Numbered headings inside a flattened transcript line, after its attendance lists."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_LISTS = ("1 Birgitta Larsson Minnesanteckningar från Folkhälsoberedningens möte den 12 maj 2004 Närvarande "
          "Agneta Niklasson (mp) ordförande Ingrid Eriksson (kd) Britt-Marie Gustavsson (c) Karim Alnejmi (s) "
          "Torbjörn Holmqvist (s) Marie-Louise Jonander (s) Inger Persson (m) Birgitta Wessman-Thyrsson (s) "
          "Birgitta Larsson sekreterare Frånvarande Criss Hagfeldt (m) Evalill Nilsson (fp) Marja Bergström (v) "
          "Inbjudna gäster Göran Gustavsson, Landstinget Sörmland Margareta Kristenson, Folkhälsovetenskapligt "
          "centrum ")
_HEAD = "Minnesanteckningar från Folkhälsoberedningens möte den 12 maj 2004\n\nTranskript\n\n"

CASES = [
    # (flattened line, items)
    (_LISTS + "1. Gemensam information med Demokratiberedningen Välkommen Ragnhild Wärn hälsade samtliga "
     "ledamöter i Demokrati- och Folkhälsoberedningen välkomna till beredningarnas andra gemensamma möte.",
     [("1", "Gemensam information med Demokratiberedningen")]),
    (_LISTS + "För- och grundskola 1. Introduktionsutbildning för arbete i förskola (Lislott Lundahl)",
     [("1", "Introduktionsutbildning för arbete i förskola (Lislott Lundahl)")]),
    # look-alikes: a numbered address line; no "1." after the lists; a "3." out of sequence
    (_LISTS + "Sunne kommun Kvarngatan 4 0565 160 00 växel 1. Kommunstyrelsen 0565 160 01 Fax 686 80", []),
    (_LISTS + "Mötet diskuterade 2. Reglemente och arbetsplan och annat som beredningen har att göra.", []),
]


@pytest.mark.parametrize(("line", "items"), CASES)
def test_flattened_numbered_headings(tmp_path: Path, line: str, items: list[tuple[str, str]]) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(_HEAD + line + "\n", encoding="utf-8")
    assert [(it.number, it.title) for it in extract_minutes(path).items] == items
