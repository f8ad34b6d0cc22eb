"""The place the head's first sentences say the members met at is the venue.

"Kortfattat från DSM4 20150415 / Mats L, Jenny H, Krister B, Tony W, Sandra P och Annalena L träffades i
Vikarnas lokal Uddevalla.": no venue was read, as the sentence has no "Plats:" label and no "Mötet hölls".

Look-alikes: a platform, a body, a lower-case place phrase, a meeting further down the text (someone else's),
a sentence going on after the place.
"""

from __future__ import annotations

import pytest

from planner.extract.header import document_parts, header_end, venue_where_met_or_hosted
from planner.extract.text import minutes_from_text

_REST = ("Rapport från extra distriktsstämman drogs.\nPolicydokument för ekonomi diskuterades.\n"
         "Styrelsearbetet och uppdragsbeskrivningar gicks igenom.\nSommarläger diskuterades.\n")


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        (("Kortfattat från DSM4 20150415\n\nMats L, Jenny H, Krister B, Tony W, Sandra P och Annalena L träffades i "
         "Vikarnas lokal Uddevalla.\n"), "Vikarnas lokal Uddevalla"),
        ("Anteckningar 2019-03-04\n\nStyrelsen samlades hos Eva Lind i Lerum.\n", "hos Eva Lind i Lerum"),
        ("Anteckningar 2019-03-04\n\nVi möttes på Café Linné, Storgatan 5.\n", "Café Linné, Storgatan 5"),
        # look-alikes
        ("Anteckningar 2019-03-04\n\nVi träffades på Zoom.\n", None),
        ("Anteckningar 2019-03-04\n\nVi träffades i Styrelsen.\n", None),
        ("Anteckningar 2019-03-04\n\nVi träffades i lokalen.\n", None),
        ("Anteckningar 2019-03-04\n\nVi träffades i Lerum och pratade länge om lägret.\n", None),
        (("Anteckningar 2019-03-04\n\nRapport från lägret.\nKassan redovisades.\nBudget diskuterades.\n"
         "Ledarna träffades i Lerum.\n"), None),
    ],
)
def test_place_members_met_at(head: str, venue: str | None) -> None:
    doc = minutes_from_text(head + _REST)
    parts = document_parts(doc)
    end = header_end(parts)
    found = venue_where_met_or_hosted(parts, end)
    assert (found.value if found is not None else None) == venue
    if found is not None:
        assert doc.clean[found.start: found.end] == venue
