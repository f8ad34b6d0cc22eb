"""Officials run together as "Name Title [items]", perhaps after entries with parties.

A flattened page of "Övriga närvarande" runs the members (with parties and items) and then the officials
together, each official's name followed by a capitalised title that may go on in lower case ("Teknisk chef",
"Enhetschef park och natur") and by the items attended: "Kerstin Lundberg (V) Anders Ledskog Teknisk chef
2-5, 7-19 Johan Lewholt Ekonom, 2-5 Elisabeth Jardeby Fastighetsekonom, 2-5 ...". Each name is read with its
title as role; the entries before the run are read as before.

Look-alikes: fewer than three officials, titles that are mostly no titles (places, prose), a title with
capitals inside, and names with parties only read no officials by this rule.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _names_with_title_notes
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2010-01-12\n\n", tail="\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (("Anders Ledskog Teknisk chef 2-5, 7-19 Johan Lewholt Ekonom, 2-5 Elisabeth Jardeby Fastighetsekonom, 2-5 "
         "Carina Ståhlberg Energi- och klimatrådgivare, 3-6 Marie Kristoffersson Enhetschef park och natur, 7 "
         "Fredrik Nilson Enhetschef gata, Kenth Ottosson Personalkonsult, 14 Viola Borg Nämndsekreterare"),
         [("Anders Ledskog", "teknisk chef"), ("Johan Lewholt", "ekonom"), ("Elisabeth Jardeby", "fastighetsekonom"),
          ("Carina Ståhlberg", "energi- och klimatrådgivare"), ("Marie Kristoffersson", "enhetschef park och natur"),
          ("Fredrik Nilson", "enhetschef gata"), ("Kenth Ottosson", "personalkonsult"),
          ("Viola Borg", "nämndsekreterare")]),
        (("Heikki Tohka (s) Anders Ledskog Teknisk chef Johan Lewholt Ekonom, 102 Elisabeth Jardeby Ekonom, fastighet, "
         "102 Emma Hagström Biolog, Fredrik Nilson Trafikingenjör 111 Viola Borg Nämndsekreterare Utdragsbestyrkan"),
         [("Anders Ledskog", "teknisk chef"), ("Johan Lewholt", "ekonom"), ("Elisabeth Jardeby", "ekonom, fastighet"),
          ("Emma Hagström", "biolog"), ("Fredrik Nilson", "trafikingenjör"), ("Viola Borg", "nämndsekreterare")]),
        ("Anna Berg Förvaltningschef 1-4 Per Lund Controller, 2 Eva Ek Sekreterare",
         [("Anna Berg", "förvaltningschef"), ("Per Lund", "controller"), ("Eva Ek", "sekreterare")]),
        # look-alikes
        ("Anna Berg Förvaltningschef 1-4 Per Lund Controller", []),
        ("Anna Berg Stockholm, 2-5 Per Lund Göteborg, 3 Eva Ek Malmö, 4 Karin Holm Ekonom", []),
        ("Anna Berg Hälsade alla välkomna och Per Lund Berättade om planen Eva Ek Sekreterare", []),
        ("Anna Berg Enhetschef Park och Natur, 3 Per Lund Ekonom, 4 Eva Ek Sekreterare", []),
        ("Kerstin Lundberg (V) Anders Ledskog (S) 2-5 Johan Lewholt (M) 3 Eva Ek (C)", []),
        ("Lars Carlstedt Hanna Karin Persson Leif Norlin Agneta Arvidsson Bengt Andersson", []),
    ],
)
def test_officials_with_titles_and_items(text: str, read: list[tuple[str, str]]) -> None:
    found = _names_with_title_notes(text, 10)
    people = found[1] if found else []
    assert [(p.name, p.role) for p in people] == read
    assert all(text[p.start - 10: p.end - 10] == p.name for p in people)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Övriga närvarande\nLars-Johan Sunnerberg (KD), 1-10 Bengt Melin (SPI), 1-10 Kerstin Lundberg (V) Anders "
         "Ledskog Teknisk chef 2-5, 7-19 Johan Lewholt Ekonom, 2-5 Elisabeth Jardeby Fastighetsekonom, 2-5 Viola Borg "
         "Nämndsekreterare"),
         ["Lars-Johan Sunnerberg", "Bengt Melin", "Kerstin Lundberg", "Anders Ledskog", "Johan Lewholt",
          "Elisabeth Jardeby", "Viola Borg"]),
    ],
)
def test_officials_after_members_in_a_list(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
