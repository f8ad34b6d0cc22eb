"""Officials written title first, each with a note of the hours attended whose times the copy lost, a surname with
a particle: "Tjänstemän och övriga Miljöchef Leif Schöndell Avdelningschef Jonas Edin t.o.m. kl , Miljöinspektör
Anneli Kylén t.o.m. kl , Miljöinspektör Jennie Schürer von Waldheim t.o.m. kl , ... Nämndsekreterare Siw
Parhagen". The notes are passed over, "von" kept in the name, "inspektör" a title's ending, and "Tjänstemän och
övriga" a present label. Before, the run ended at the first note and no official was read.

Look-alikes: names first with their titles after commas ("Tjänsteman Maria Hedman, kommunsekreterare Peter
Carlstedt, ...") and two officials only read no run by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _officials_title_first
from tests.extract.attendance_lists import attendance_names

RUN = ("Miljöchef Leif Schöndell Avdelningschef Jonas Edin t.o.m. kl , Miljöinspektör Anneli Kylén t.o.m. kl , "
       "Miljöinspektör Jennie Schürer von Waldheim t.o.m. kl , Miljöinspektör Josefin Wilén t.o.m. kl , åhörare kl "
       "Nämndsekreterare Siw Parhagen")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (RUN, ["Leif Schöndell", "Jonas Edin", "Anneli Kylén", "Jennie Schürer von Waldheim", "Josefin Wilén",
               "Siw Parhagen"]),
        ("Miljöinspektör Anneli Kylén Miljöinspektör Bo Berg Planerare Eva Ek",
         ["Anneli Kylén", "Bo Berg", "Eva Ek"]),
        # look-alikes
        ("Tjänsteman Maria Hedman, kommunsekreterare Peter Carlstedt, kommunchef Stefan Billström, chef", None),
        ("Miljöchef Leif Schöndell t.o.m. kl , Avdelningschef Jonas Edin", None),
    ],
)
def test_officials_title_first(text: str, names: list[str] | None) -> None:
    found = _officials_title_first(text, 0)
    assert ([p.name for p in found[2]] if found else None) == names


def test_staff_and_others_label_in_a_flattened_header() -> None:
    text = ("PROTOKOLL 2014-10-28\n\nBeslutande Heiti Ernits (MP) Lars-Gunnar Comén (M) Anita Persson (V)\n"
            "Ersättare Cecilia Kochan (S) Per Månsson (M) Jan Hallquist (KD) Tjänstemän och övriga " + RUN
            + "\nUtses att justera Lars-Gunnar Comén.\n\n156 Fastställande av föredragningslista\n")
    present, _ = attendance_names(text)
    assert {"Leif Schöndell", "Jonas Edin", "Jennie Schürer von Waldheim", "Siw Parhagen"} <= set(present)
