"""The minutes' writer, unnamed, closing a list of names: "Närvarande: Sven Norman, ..., Inger Åhslund samt
undertecknad.", "..., Bo Berg och undertecknade".

The run-on list reader (`_name_list_run`) ends the list at "samt/och undertecknad(e)" and keeps the name before
it. Before, "undertecknad" failed as a name piece, the whole run was given up, and the last name was lost.

Look-alikes: a name after "samt" is still read ("samt Bo Berg"), and "undertecknad" inside a sentence opens no
name.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("line", "present"),
    [
        (("Närvarande: Sven Norman, Stefan Haglund, Torsten Hansson, Ann-Christin Jäderholm, Inger Åhslund samt "
         "undertecknad."), ["Sven Norman", "Stefan Haglund", "Torsten Hansson", "Ann-Christin Jäderholm",
                           "Inger Åhslund"]),
        ("Närvarande: Sven Norman, Stefan Haglund, Inger Åhslund och undertecknade",
         ["Sven Norman", "Stefan Haglund", "Inger Åhslund"]),
        # look-alikes
        ("Närvarande: Sven Norman, Stefan Haglund samt Inger Åhslund.", ["Sven Norman", "Stefan Haglund",
                                                                        "Inger Åhslund"]),
    ],
)
def test_undersigned_closes_the_list(line: str, present: list[str]) -> None:
    text = "Protokoll från styrelsemöte 17 januari 2011\n" + line + "\n1. Protokoll från föregående styrelsemöte\n"
    assert attendance_names(text) == (present, [])


def test_undersigned_in_a_flattened_page() -> None:
    text = ("1 Styrelsemöte 17 januari 2011 Protokoll från styrelsemöte Plats:Ann-Christin Jäderholm Mellanfjärden "
            "Närvarande: Sven Norman, Stefan Haglund, Torsten Hansson, Ann-Christin Jäderholm, Inger Åhslund samt "
            "undertecknad. 1. Protokoll från föregående styrelsemöte Protokollet lades till handlingarna.\n")
    present, _ = attendance_names(text)
    assert present[-1] == "Inger Åhslund"
