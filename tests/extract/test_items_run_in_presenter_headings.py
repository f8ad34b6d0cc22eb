"""Unnumbered headings run in on a stored copy's page lines: by their presenter, or as opening formalities.

"... godkändes. Trafiksäkerhetsläget, Peter Larsson Peter redogjorde för ... skadade. Omkomna i samband med
fordonsstopp på mötesfri väg, Erik Norrgård Erik redogjorde ...": after a stop, a title, a comma and the
presenter's name, then the text with the presenter's given name as its subject. A formality that opens
minutes run in the same way ("2(5) Godkännande av dagordning Dagordningen godkändes", "... genomfördes.
Inventering av övriga frågor Till övriga frågor anmäldes") is a heading too. Three or more, one with its
presenter, make the items (only where no other headings are found).

Look-alikes: a name and a comma without the given name repeated, a formality in the middle of a sentence,
and formalities alone, with no presenter's heading, make no items.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_PAGE1 = ("1 [] 1(5) Minnesanteckningar från GNS Vägs möte nr 147 Tid: Start med samling kl 10 Plats: Comfort hotell, "
          "Malmö. Deltagare: Maria Krafft, Folksam Mats Rydell, Mjölby kommun Johan Lindström, NTF Erik Norrgård, "
          "Peter Larsson, Transportstyrelsen. En kort presentation av deltagarna genomfördes. ")
_FORMALITIES = ("Inventering av övriga frågor Till övriga frågor anmäldes: - Försäkringar vid cykelskador, Maria Krafft"
                "\n\n2 [] 2(5) Godkännande av dagordning Dagordningen godkändes efter tillägget av övriga frågor. ")
_PRESENTED = ("Trafiksäkerhetsläget, Peter Larsson Peter redogjorde för trafiksäkerhetsläget för första tertialet 2014. "
              "Första tertialet har 79 personer omkommit i vägtrafiken. Omkomna i samband med fordonsstopp på mötesfri "
              "väg, Erik Norrgård Erik redogjorde för ett par händelser med fordonsstopp. Det är inte en säker plats.")


def _titles(body: str) -> list[str]:
    text = "Minnesanteckningar från GNS Vägs möte nr 147\n\nStorlek: px\n\nTranskript\n\n" + _PAGE1 + body + "\n"
    return [title for _, title, _, _ in item_rows(text, "2014-05-20")[0]]


@pytest.mark.parametrize(
    ("body", "titles"),
    [
        (_FORMALITIES + _PRESENTED,
         ["Inventering av övriga frågor", "Godkännande av dagordning", "Trafiksäkerhetsläget",
          "Omkomna i samband med fordonsstopp på mötesfri väg"]),
        (_FORMALITIES + _PRESENTED.replace("Omkomna i samband", "Omkomna vid stopp. Omkomna i samband"),
         ["Inventering av övriga frågor", "Godkännande av dagordning", "Trafiksäkerhetsläget",
          "Omkomna i samband med fordonsstopp på mötesfri väg"]),
        # look-alikes
        (_FORMALITIES + _PRESENTED.replace("Peter Larsson Peter", "Peter Larsson Hon").replace(
            "Erik Norrgård Erik", "Erik Norrgård Han"), []),
        ("samt Inventering av övriga frågor Till övriga frågor anmäldes en fråga.\n\n2 [] 2(5) Vi tog Godkännande "
         "av dagordning Dagordningen godkändes. " + _PRESENTED.replace("Erik Norrgård Erik", "Erik Norrgård Han"), []),
        (_FORMALITIES + "Ärendet diskuterades. Godkännande av föregående mötes minnesanteckningar Förra mötets "
         "anteckningar godkändes.", []),
    ],
)
def test_run_in_presenter_headings(body: str, titles: list[str]) -> None:
    assert _titles(body) == titles
