"""Labels first, values after: the place, the date with its time lost ("kl" alone), then the deciding members.

"Plats och tid Beslutande Övriga deltagande Skolans matsal i Klemetsby, Lumparland Onsdagen den 6 februari 2013 kl
Annsofi Joelsson, kommunfullmäktiges ordförande Matti Lindholm Britt Sommarlund ...": the names begin after "kl";
the first has their role after a comma (a genitive before the role word), the others run together. Look-alikes:
a date and "kl" followed by a place, and a first person whose words after the comma hold no role word.
"""

from __future__ import annotations

from planner.extract.attendance import _roled_first_then_run
from tests.extract.attendance_lists import attendance_names


def test_names_after_date_with_lost_time() -> None:
    text = ("Sammanträdesdatum: Nr: 1 Plats och tid Beslutande Övriga deltagande Skolans matsal i Klemetsby, "
            "Lumparland Onsdagen den 6 februari 2013 kl Annsofi Joelsson, kommunfullmäktiges ordförande Matti "
            "Lindholm Britt Sommarlund Alexandra Lillie Ursula Sjöwall Tomas Eriksson Kjell Danielsson\n\n"
            "1 Sammanträdets laglighet och beslutförhet")
    assert attendance_names(text)[0] == [
        "Annsofi Joelsson", "Matti Lindholm", "Britt Sommarlund", "Alexandra Lillie", "Ursula Sjöwall",
        "Tomas Eriksson", "Kjell Danielsson"]


def test_not_roled_first() -> None:
    assert _roled_first_then_run("Anna Holm, som sedan Bo Berg Karin Ek", 0, set(), False) == []  # no role word
    assert _roled_first_then_run("Anna Holm, ordförande Stora salen", 0, set(), False) == []  # no run after
