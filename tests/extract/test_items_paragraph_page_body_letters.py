"""A meeting system's page of one paragraph whose line gives the body by its letters ("FR 09.12.2025 § 104").

Finnish parishes' meeting systems show one paragraph a page: "Församlingsrådet" / "Pöytäkirja 09.12.2025/Pykälä
104" / the paragraph's title / "FR 09.12.2025 § 104" / its text. The body may be shortened to two letters (FR, KR,
KV); before, only names of three letters or more were read, and the page's feed link ("RSS-linkki") became an
unnumbered item. Look-alikes: a sentence naming a paragraph ("FR beslutade 09.12.2025 § 104 om ..."), a lone
letter before the day, and two such lines on one page give no item by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_PAGE = ("RSS-linkki\nKokousasiat:https://example.org/cgi/DREQUEST.PHP?page=rss/meetingitems&show=30\n"
         "Församlingsrådet\nPöytäkirja 09.12.2025/Pykälä 104\n{title}\n{line}\n"
         "Sammanträdet konstateras vara lagenligt sammankallat och beslutfört när mer än hälften av ledamöterna "
         "är närvarande.\nBeslut\nOrdförande öppnade mötet kl. 18:00.\n")


def _items(title: str, line: str, more: str = "") -> list[tuple[str | None, str]]:
    doc = minutes_from_text(_PAGE.format(title=title, line=line) + more)
    return [(i.number, i.title) for i in extract_text(doc).items]


@pytest.mark.parametrize(("line", "number"), [
    ("FR 09.12.2025 § 104", "104"),
    ("KR 12.03.2024 § 5", "5"),
    ("KV 2024-03-12 § 17 218/00.00.02/2024 |", "17"),
])
def test_body_letters_line_gives_the_item(line: str, number: str) -> None:
    assert _items("Sammanträdets laglighet och beslutförhet", line) == [
        (number, "Sammanträdets laglighet och beslutförhet")]


@pytest.mark.parametrize("line", [
    "FR beslutade 09.12.2025 § 104 om datum för sammanträdena 2026.",
    "F 09.12.2025 § 104",
])
def test_look_alikes_give_no_such_item(line: str) -> None:
    assert all(number != "104" for number, _ in _items("Sammanträdets laglighet och beslutförhet", line))


def test_two_lines_are_no_such_page() -> None:
    more = "Budget\nFR 09.12.2025 § 105\nBudgeten godkändes.\n"
    assert _items("Sammanträdets laglighet och beslutförhet", "FR 09.12.2025 § 104", more) != [
        ("104", "Sammanträdets laglighet och beslutförhet")]
