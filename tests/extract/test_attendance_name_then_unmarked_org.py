"""A comma list of "Name Organisation" entries whose organisations carry no organisation word.

Networks and councils list their participants each with the company, school or union they come from, without a
comma between name and organisation: "Deltagare: Camilla Lagerqvist Lernia Utbildning, Linda Skår Metso Sverige,
Jan Johansson GTC". No word such as "kommun" tells where the organisation begins, so the name is read as a given
name and a surname (a middle initial, a particle or a second surname ending as surnames do may stand in it) and
the rest of the piece as the organisation. A piece with no given name after a name alone is that name's
organisation ("Kurt-Olof Sjöström, vuxenutbildningsgruppen GR"); after an entry that has its organisation, a new
piece opens a name even when its given name is not a known one ("Thommy Ottosson Heka Mekaniska").

Look-alikes read nothing by this rule: names with double surnames ("Anna Ek Berg, Bo Lund Holm": one-word tails
only), names with their roles ("Anna Ek ordförande", "Bo Berg Sekreterare"), party codes, fewer than three entries
with organisations, and two names run together in one piece.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _name_then_org_pieces
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Anteckningar från rådets möte 2012-02-22\n\n",
                 tail="\n\n1. Välkommen\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (("Camilla Lagerqvist Lernia Utbildning, Linda Skår Metso Sverige, Kurt-Olof Sjöström, "
          "vuxenutbildningsgruppen GR, Jan Johansson GTC, Pernilla Börjesson Midroc"),
         [("Camilla Lagerqvist", "Lernia Utbildning"), ("Linda Skår", "Metso Sverige"),
          ("Kurt-Olof Sjöström", "vuxenutbildningsgruppen GR"), ("Jan Johansson", "GTC"),
          ("Pernilla Börjesson", "Midroc")]),
        ("Maria Svensson Lernia Utbildning, Johan Karlsson Metso Sverige, Eva Lindqvist Borealis AB",
         [("Maria Svensson", "Lernia Utbildning"), ("Johan Karlsson", "Metso Sverige"),
          ("Eva Lindqvist", "Borealis AB")]),
        (("Thomas Pompe Metso, Raymond Vaske Stenungsunds kommun, Eva Wiberg Lindholmens tekniska gymnasium, "
          "Håkan Cardfelt, Polhemsgymnasiet Göteborg"),
         [("Thomas Pompe", "Metso"), ("Raymond Vaske", "Stenungsunds kommun"),
          ("Eva Wiberg", "Lindholmens tekniska gymnasium"), ("Håkan Cardfelt", "Polhemsgymnasiet Göteborg")]),
        ("Jan O Carlsson Lunds kommun, Solveig Ekström Persson Höörs kommun, Carl von Friesendorff LRF Skåne",
         [("Jan O Carlsson", "Lunds kommun"), ("Solveig Ekström Persson", "Höörs kommun"),
          ("Carl von Friesendorff", "LRF Skåne")]),
        ("Madelene Ingesson BF15, Frida Eriksson BF16, Adam Willman TE14, André Sand Petersen IN15, Monica Wall",
         [("Madelene Ingesson", "BF15"), ("Frida Eriksson", "BF16"), ("Adam Willman", "TE14"),
          ("André Sand Petersen", "IN15"), ("Monica Wall", None)]),
        # look-alikes
        ("Anna Ek Berg, Bo Lund Holm, Cia Holm Ek, Dan Ek Lind", None),
        ("Anna Ek ordförande, Bo Berg sekreterare, Cia Holm kassör", None),
        ("Anna Ek Ordförande, Bo Berg Sekreterare, Cia Holm Kassör Region Skåne", None),
        ("Maria Svensson Lernia Utbildning, Johan Karlsson Metso Sverige", None),
        ("Maria Svensson Lernia Utbildning Johan Karlsson, Eva Lindqvist Borealis AB, Per Ek IF Metall", None),
        ("Anna Ek (S) Region Skåne, Bo Berg (M) Malmö stad, Cia Holm (C) Lunds kommun", None),
        ("Styrelsen beslutade att, efter diskussion, anta förslaget", None),
    ],
)
def test_name_then_org_pieces(text: str, entries: list[tuple[str, str]] | None) -> None:
    found = _name_then_org_pieces(text, 0)
    assert ([(p.name, p.organisation) for p in found] or None) == entries
    assert all(text[p.start: p.end] == p.name for p in found)


def test_participants_with_their_organisations() -> None:
    present, _ = _lists(
        "Deltagare: Camilla Lagerqvist Lernia Utbildning, Linda Skår Metso Sverige, Kurt-Olof Sjöström, "
        "vuxenutbildningsgruppen GR, Jan Johansson GTC, Thommy Ottosson Heka Mekaniska, Boye Johansson BRG")
    assert present == ["Camilla Lagerqvist", "Linda Skår", "Kurt-Olof Sjöström", "Jan Johansson", "Thommy Ottosson",
                       "Boye Johansson"]
