"""An annual meeting's statutory business ("3. Höstmötesförhandlingar") only groups its numbered points.

"3. Höstmötesförhandlingar" / "3.1 Till ordförande för mötet valdes ..." / "3.2 Mötet konstaterades vara
lagenligt sammankallat ...": each sub-point is a matter of its own (an election, the fee, the plan), so the
points are the items instead of their parent. Look-alike: a matter's parts under a matter's heading
("3. Budget 2020" / "3.1 Drift" / "3.2 Investeringar") stay one item.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_POINTS = ("3.1 Till ordförande för mötet valdes Anna Berg och till sekreterare Karl Ek.\n\n"
           "3.2 Mötet konstaterades vara lagenligt sammankallat.\n\n"
           "3.3 Till protokolljusterare valdes Lars Holm och Eva Lund.\n\n")


def _numbers(parent: str) -> list[str | None]:
    text = ("Protokoll fört vid föreningens höstmöte 12.11.2019 kl. 14.00 i församlingshemmet.\n\n"
            "1. Ordföranden hälsade de närvarande välkomna.\n\n2. Mötet inleddes med sång.\n\n"
            f"3. {parent}\n\n" + _POINTS + "4. Mötets avslutande\n\nOrdföranden avslutade mötet.\n")
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize("parent", [
    "Höstmötesförhandlingar", "Höstmötesförhandlingar.", "Årsmötesförhandlingar", "Vårmötesförhandlingar",
    "Stadgeenliga förhandlingar", "Stämmoförhandlingar",
])
def test_statutory_business_groups_its_points(parent: str) -> None:
    assert _numbers(parent) == ["1", "2", "3.1", "3.2", "3.3", "4"]


@pytest.mark.parametrize("parent", ["Budget 2020", "Verksamhetsplan", "Val av styrelse"])
def test_a_matters_parts_stay_one_item(parent: str) -> None:
    assert _numbers(parent) == ["1", "2", "3", "4"]
