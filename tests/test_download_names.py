"""Downloads are offered under their body's own name: agenda exports and a meeting's .ics were named by the
ASCII slug alone ("dagordning-lansstyrgrupp-for-halsa-2026-12-04.docx"); RFC 6266's `filename*` now carries
"Dagordning Länsstyrgrupp för hälsa 2026-12-04.docx", the slug staying as `filename` for older clients."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from planner.files import attachment


def _offered(header: str) -> tuple[str | None, str | None]:
    """The two names offered: `filename` as written, and `filename*` (RFC 8187: UTF-8, percent-encoded) decoded."""
    plain = re.search(r'; filename="([^"]*)"', header)
    star = re.search(r"; filename\*=UTF-8''([!#$&+.^_`|~0-9A-Za-z%-]+)$", header)
    assert header.startswith("attachment; ") and plain, header
    return plain.group(1), unquote(star.group(1), errors="strict") if star else None


@pytest.mark.parametrize(("name", "shown"), [
    ("Dagordning Länsstyrgrupp för hälsa 2026-12-04.docx", "Dagordning Länsstyrgrupp för hälsa 2026-12-04.docx"),
    ("Dagordning Kommunalt forum 2026-12.md", "Dagordning Kommunalt forum 2026-12.md"),
    ("Region Västra Götaland 2026-12-04.ics", "Region Västra Götaland 2026-12-04.ics"),
    # Marks no file name may hold on common systems become "-": a folder, Windows' reserved marks, a control.
    ("Vård/omsorg: presidiet 2026-12-04.ics", "Vård-omsorg- presidiet 2026-12-04.ics"),
    ('Forum "Öst" <test>|?*\x07 2026.md', "Forum -Öst- -test- 2026.md"),
    ("Ärenden\\2026.md", "Ärenden-2026.md"),
])
def test_the_body_name_is_offered_beside_the_ascii_fallback(name, shown):
    assert _offered(attachment("fallback.docx", name)) == ("fallback.docx", shown)


@pytest.mark.parametrize("name", ["fallback.ics", "", "...", "///", "\x00"])
def test_a_name_like_the_fallback_or_with_nothing_left_offers_the_fallback_alone(name):
    assert attachment("fallback.ics", name) == 'attachment; filename="fallback.ics"'
