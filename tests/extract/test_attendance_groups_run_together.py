"""An attendance list run together in groups without separators, as a flattened copy gives it: each group's
heading ("Regionala ägarrådet", "Västtrafiks styrelse", "Sekretariatet", "Tjänstemän Västtrafik") before its
names, the names with commas and organisations ("Birgitta Johansson, VGR") or one after another ("Leif
Blomqvist Christina Raud"). Every group's names are read; the headings are no one. A run of organisations, a
list written surname first and a sentence are not read so.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries

RUN = ("Regionala ägarrådet Birgitta Johansson, VGR Mimmi von Troil, VGR Leif Johansson, Skaraborg Crister Persson, "
       "Sjuhärad Gert-Inge Andersson, Fyrbodal Västtrafiks styrelse Leif Blomqvist Christina Raud Jonny Bröndt "
       "Stig Lagergren Sekretariatet Rolf Thor Peter Skoglund Magnus Johansson")


def names(text: str) -> list[str]:
    return [p.name for p in _line_entries(text, 0, set(), False)]


@pytest.mark.parametrize(("text", "want"), [
    (RUN, ["Birgitta Johansson", "Mimmi von Troil", "Leif Johansson", "Crister Persson", "Gert-Inge Andersson",
           "Leif Blomqvist", "Christina Raud", "Jonny Bröndt", "Stig Lagergren", "Rolf Thor", "Peter Skoglund",
           "Magnus Johansson"]),
    (("Kommunstyrelsen Anna Berg Karl Holm Eva Lund Sekretariatet Per Ek Lisa Ström Tjänstemän Kommunen Lars Ek "
     "Maria Lind"), ["Anna Berg", "Karl Holm", "Eva Lund", "Per Ek", "Lisa Ström", "Lars Ek", "Maria Lind"]),
    ("Ledamöter Anna Berg, Skövde Karl Holm, Falköping Eva Lund, Tibro Ersättare Per Ek Lisa Ström Lars Andersson",
     ["Anna Berg", "Karl Holm", "Eva Lund", "Per Ek", "Lisa Ström", "Lars Andersson"]),
    # the group's organisation left alone before its names, after its label opened the list
    ("Västtrafik Håkan Bergqvist Sara Frank Roger Vahnberg Jan Efraimsson Mårten Ignell",
     ["Håkan Bergqvist", "Sara Frank", "Roger Vahnberg", "Jan Efraimsson", "Mårten Ignell"]),
    ("Länsstyrelsen Anna Berg Karl Holm Eva Lund Per Ek", ["Anna Berg", "Karl Holm", "Eva Lund", "Per Ek"]),
])
def test_groups_run_together(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(("text", "not_read"), [
    # surname first: no organisation before the names
    ("Bergqvist Håkan Frank Sara Vahnberg Roger Efraimsson Jan", "Sara Vahnberg Roger"),
    # organisations, no one
    ("Göteborgs stad Borås stad Skövde kommun Trollhättans stad Uddevalla kommun Vänersborgs kommun", "Borås stad"),
    # a sentence after the name
    ("Västtrafik Håkan Bergqvist meddelade att styrelsen har beslutat om nya biljettpriser från i höst",
     "Håkan Bergqvist"),
])
def test_not_read_as_a_group_run(text: str, not_read: str) -> None:
    assert not_read not in names(text)
