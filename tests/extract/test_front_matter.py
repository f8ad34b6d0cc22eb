"""Markdown minutes that open with YAML front matter ("---" / "datum: 2024-02-01" / "hamtad:
2026-10-08T00:08:39" / "---"): the lines are metadata of the file (its source, when it was
fetched and converted), never read as the minutes. A rule over ordinary text is no front matter."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

MINUTES = ("KUNGSBACKA KOMMUN                  SAMMANTRÄDESPROTOKOLL\n"
           "Byggnadsnämndens arbetsutskott\nDatum 2024-02-01\n\n"
           "§ 1 Val av justerare\n\nBo Ek utses att justera protokollet.\n\n"
           "Nästa sammanträde hålls den 15 februari 2024.\n")


@pytest.mark.parametrize("front", [
    ("---\nkommun: kungsbacka\norgan: bygg-au\ndatum: 2024-02-01\nhamtad: 2026-10-08T00:08:39+00:00\n"
    "kvalitet_per_sida: [ok, ok]\ntidigare_kallnycklar: []\n---\n\n"),
    ("---\ntitle: Protokoll AU\ndate: 2024-02-01\ntags:\n  - protokoll\n  - au\n# fetched later\n"
    "fetched: 2026-10-08\n...\n"),
    "---\nlayout: minutes\n---\n",
])
def test_front_matter_is_hidden(front: str) -> None:
    doc = minutes_from_text(front + MINUTES)
    assert doc.clean.lstrip().startswith("KUNGSBACKA KOMMUN")
    extracted = extract_text(doc)
    assert extracted.meeting.date == "2024-02-01"
    assert [e.date for e in extracted.events] == ["2024-02-15"]  # nothing from the metadata


@pytest.mark.parametrize("text", [
    # a rule over text, a rule under a title, a lone rule, a rule and then a heading
    "---\nProtokoll fört vid styrelsemöte 2024-02-01\nNärvarande: Anna Ek, Bo Berg\n---\n",
    "---\n\n§ 1 Mötets öppnande\n---\n",
    "---\n",
    "---\nDatum 2024-02-01\n# Protokoll\n",
])
def test_rules_over_text_are_no_front_matter(text: str) -> None:
    clean = minutes_from_text(text).clean
    for line in text.splitlines():
        assert line.lstrip("# ") in clean
