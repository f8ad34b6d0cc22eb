"""Sub-points written bare under a paragraph that merely groups matters ("§ 5 Övriga frågor" / "5.1 Val av
styrelsemedlemmar till Stiftelsen" / "5.2 Ordförandeträff 17-18/4" / "5.3 Rikskongress 5-7/6"): each is an item
instead of the parent, as under a numbered "5. Övriga frågor".

Look-alikes: sub-points under a paragraph of its own matter ("§ 4 Budget 2016" / "4.1 Driftbudget" / "4.2
Investeringar") stay its text; the parent is the item.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = """Protokoll styrelsemöte 2015-03-12

§ 1 Mötesledare och protokoll
Ordförande ledde mötet.

§ 2 Justering tidigare protokoll
Protokollet justerades.

§ 3 Fördjupat samarbete med Täby Villaägareförening
Diskussion fördes.

"""


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_sub_points_under_grouping_paragraph_are_items() -> None:
    text = HEAD + ("§ 4 Nya och pågående planärenden\nInga nya ärenden.\n\n"
                   "§ 5 Övriga frågor\n5.1 Val av styrelsemedlemmar till Stiftelsen\nStyrelsen föreslår Anna Berg.\n"
                   "5.2 Ordförandeträff 17-18/4, organiserad av Villaägarnas Riksförbund\nPer Holm deltar.\n"
                   "5.3 Rikskongress 5-7/6\nIngen anmäld ännu.\n")
    assert _numbers(text) == ["1", "2", "3", "4", "5.1", "5.2", "5.3"]


def test_sub_points_under_own_matter_stay_text() -> None:
    text = HEAD + ("§ 4 Budget 2016\n4.1 Driftbudget\nDriftbudgeten godkändes.\n4.2 Investeringar\n"
                   "Investeringarna godkändes.\n\n§ 5 Nästa möte\nNästa möte hålls i april.\n")
    assert _numbers(text) == ["1", "2", "3", "4", "5"]
