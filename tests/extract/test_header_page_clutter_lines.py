"""Lines of a stored page's frame or a file's running head above the title are no body's name: a site
builder's anchor ("top of page"), its search box ("Skriv in din sökning här"), a filing label with the
abbreviation "Prot" ("GN Prot Stockholm 2006"); with look-alikes that are titles."""

from __future__ import annotations

import pytest

from planner.extract.header import _is_boilerplate, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize("line", [
    "top of page", "Top of Page", "Back to top", "Till toppen", "Skriv in din sökning här", "Sök på webbplatsen",
    "GN Prot Stockholm 2006", "KF Prot 2021", "Prot. 2019",
])
def test_clutter_line(line: str) -> None:
    assert _is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "SBK Vårmöte 2022-05-05", "Protokoll 2019", "Protokoll styrelsemöte 2006", "Proteinet i fokus 2019",
    "Top-gruppen", "Sökandegruppen", "Prot nr 5 Styrelsemöte",
])
def test_title_is_no_clutter(line: str) -> None:
    assert not _is_boilerplate(line)


@pytest.mark.parametrize(("text", "body"), [
    ("top of page\n\nSBK Vårmöte 2022-05-05\n\n§ 1. Mötet öppnades. § 2. Dagordningen fastställdes.\n", "SBK Vårmöte"),
    ("Skriv in din sökning här\n\nStyrelsemöte Sjöbo Båtklubb 2021-03-02\n\n§ 1. Mötet öppnades.\n",
     "Sjöbo Båtklubb"),
])
def test_body_below_clutter(text: str, body: str) -> None:
    got = extract_meeting(minutes_from_text(text))[0].body
    assert got is not None and body.casefold() in got.casefold()
