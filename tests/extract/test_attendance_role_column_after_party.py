"""A flattened table of members with a role column after each party: "Name (P) Ledamot Name (P) Ordförande".

Docplayer-style transcripts of municipal minutes write the "Beslutande" table as one run: each member's name,
the party in brackets, then the role written with a capital in its own column ("Ledamot", "Ordförande",
"1:e vice ordförande", "Ersättare för Gudrun Gustafsson (M) 68-81,83"). The role belongs to the name before it,
not to the next name. Two or more singular "Ledamot" after a party show the column; a group label that stands
once ("(SD) Tjänstgörande ersättare Susanne Stenlund (S)") still opens its own list. A substitute's note names the
replaced member (absent) and the paragraphs served, and the list goes on after it.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Plats och tid Stadshuset, kl 13.00 Beslutande Anna Ek (S) Ordförande Bo Berg (S) Ledamot Karin Holm (V) "
          "Ledamot Per Lund (M) 1:e vice ordförande Eva Sten (C) Ledamot\n\n§ 1 Upprop"),
         ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund", "Eva Sten"], []),
        (("Beslutande Anna Ek (S) Ordförande Bo Berg (S) Ledamot Karin Holm (V) Ledamot Göte Pettersson (M) "
          "Ersättare för Gudrun Gustafsson (M) 68-81,83 Emma Dahlberg (M) Ersättare för Gudrun Gustafsson (M) 82,84 "
          "Ingemar Lennartsson (Kd) Ledamot Kerstin Sternell (C) Ledamot\n\n§ 68 Upprop"),
         ["Anna Ek", "Bo Berg", "Karin Holm", "Göte Pettersson", "Emma Dahlberg", "Ingemar Lennartsson",
          "Kerstin Sternell"], ["Gudrun Gustafsson"]),
        # look-alike: group labels between the parties, not a role column
        (("Beslutande Anna Ek (S) Bo Berg (M) Karin Holm (V) Tjänstgörande ersättare Per Lund (S) Eva Sten (M)"
          "\n\n§ 1 Upprop"),
         ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund", "Eva Sten"], []),
    ],
)
def test_role_column_after_party(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(text) == (present, absent)
