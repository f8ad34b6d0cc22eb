"""A carried item's history read "vid mötet fredag 7 februari 2020 kl. 9.00–12.00 , punkt 1":
the template's line break put a space before the comma."""

from __future__ import annotations

import re


def test_no_space_before_the_item_number(client, world):
    page = client.get(f"/punkt/{world.carry_id}").get_data(as_text=True)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", page))
    assert "kl. 9.00–12.00, punkt 1" in text
    assert " ," not in text
