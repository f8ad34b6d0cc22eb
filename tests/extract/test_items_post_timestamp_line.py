"""A news site's post stamp, its day and the time it was published ("29.03.2015 kl. 09:57"), is no item.

A local paper's or association's page about an annual meeting opens with the post's title, then its stamp
"29.03.2015 kl. 09:57" on a line of its own, then the report as prose. With the time cut off, the stamp read
as an unnumbered heading whose title was the bare date. Look-alikes that stay headings: a matter with a
date or time in it ("Årsmöte 26.2.2015 kl. 18", "Kl. 18.00 Mötets öppnande"), a numbered point
("1.2 Val av justerare"), and a stamp followed by a matter's long title.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _is_excluded_heading, find_headings
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize("title", [
    "29.03.2015 kl. 09:57",
    "01.03.2022 kl. 18:15",
    "2022-03-01 kl 18.15",
    "1.3.2022 klo 18.15",
    "01.03.2022 18:15",
])
def test_post_stamp_is_excluded(title: str) -> None:
    assert _is_excluded_heading(title)


@pytest.mark.parametrize("title", [
    "Årsmöte 26.2.2015 kl. 18",
    "Kl. 18.00 Mötets öppnande",
    "1.2 Val av justerare",
    "29.03.2015 kl. 09:57 Rapport från arbetsgruppen för den nya bystugans renovering",
])
def test_matters_stay_headings(title: str) -> None:
    assert not _is_excluded_heading(title)


def test_post_page_has_no_item_from_its_stamp() -> None:
    text = ("Årsmöte 26.2.2015\n\n29.03.2015 kl. 09:57\n\n"
            "Linda, vår kretsordförande, och Cecilia deltog för Ingåknutarnas del i Ingå Marthaförenings årsmöte "
            "den 26.2 på Fagerviks gamla folkskola. Ca 30 personer från de olika kretsarna deltog.\n")
    heads, _ = find_headings(minutes_from_text(text))
    assert all(h.title != "29.03.2015" for h in heads)
