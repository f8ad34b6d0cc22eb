"""A multilingual WordPress site's language tags ("[:sv]", "[:en]", "[:]") are dropped from the cleaned text.

"[:sv]Årsmötesprotokoll 2019[:]" / "[:sv]Protokoll för årsmötet 17.4.2019 kl. 15.30 i Vetenskapshuset ...": the
tags stood in the title, which was taken whole for the body.

Look-alikes: a list in brackets ("[a, b]"), a timestamp "[12:30]" and a Markdown link keep their brackets or are
read as before.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        ("[:sv]Årsmötesprotokoll 2019[:]", "Årsmötesprotokoll 2019"),
        ("[:en]Annual meeting[:sv]Årsmöte[:]", "Annual meetingÅrsmöte"),
        ("[:sv_SE]Protokoll", "Protokoll"),
        # look-alikes
        ("Bilagor [a, b]", "Bilagor [a, b]"),
        ("Mötet öppnades [12:30]", "Mötet öppnades [12:30]"),
        ("Se [protokollet](https://example.org/p.pdf)", "Se protokollet"),
    ],
)
def test_language_tags_dropped(line: str, clean: str) -> None:
    doc = minutes_from_text(line + "\n")
    assert doc.clean.rstrip("\n") == clean
    assert doc.text == line + "\n"


def test_body_without_language_tags() -> None:
    doc = minutes_from_text("[:sv]Årsmötesprotokoll 2019[:]\n\n[:sv]Protokoll för årsmötet 17.4.2019 kl. 15.30 i "
                            "Vetenskapshuset.\n\n 1. Mötet öppnades av Erik Geber.\n 2. Till mötesordförande valdes "
                            "Erik Geber.\n")
    assert "[" not in (extract_text(doc).meeting.body or "")
