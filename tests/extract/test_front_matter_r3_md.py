"""Front matter of static-site pages (Hugo's TOML between "+++" rules, YAML between "---" rules, Nikola's
".. title:" lines): the key lines are hidden from the clean text, never a body; the page's title and
date, which the site shows with the page, tell the meeting's body and day where the minutes' own text
does not give them (a date only below the head, as in "Nästa möte", is not the meeting's day)."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import front_matter, minutes_from_text

TOML = '+++\nauthors = [ "etu" ]\ncategories = [ "Styrelsen" ]\ndate = "2018-01-08T20:30:00+01:00"\n' \
       'title = "Styrelsemöte januari"\n+++\n'
SECTIONS = ("### Blender\nAku planerar att hålla ett event snart.\n\n### Emacs\nVi funderar på ett event.\n\n"
            "### Nästa möte\nStyrelsemöte: 2018-01-29 klockan 19:00.\n")
NIKOLA = ".. title: Protokoll styrelsemöte 8 januari\n.. slug: styrelsemote-januari\n.. date: 2018-01-08 21:02:00 UTC+01:00\n" \
         ".. tags: styrelse\n\n"


@pytest.mark.parametrize(("text", "hidden"), [
    (TOML + SECTIONS, ("authors", "categories", "title =", "+++")),
    ('+++\ntitle = "Möte"\ntags = [\n  "styrelse",\n  "protokoll",\n]\n[params]\nauthor = "aku"\n# utkast\n+++\n'
     + SECTIONS, ("tags", "styrelse", "params", "utkast", "+++")),
    (NIKOLA + SECTIONS, (".. title", ".. slug", "UTC")),
    ("---\ntitle: Styrelsemöte\ndate: 2018-01-08\n---\n" + SECTIONS, ("title:", "date:", "---")),
])
def test_key_lines_are_hidden(text: str, hidden: tuple[str, ...]) -> None:
    doc = minutes_from_text(text)
    assert doc.clean.lstrip().startswith("Blender")
    for word in hidden:
        assert word not in doc.clean
    body = extract_text(doc).meeting.body or ""
    assert "=" not in body and "[" not in body and ".." not in body


@pytest.mark.parametrize("text", [
    "+++\nProtokoll fört vid styrelsemöte 2018-01-08\nNärvarande: Anna Ek\n+++\n",  # rules over text
    "+++\n\n§ 1 Mötets öppnande\n+++\n",
    "+++\n",
    "..  Protokoll: styrelsemöte 2018-01-08\n",  # no Nikola key line
    ".. och sedan: Anna Ek 2018-01-08\n",  # a key Nikola never writes: upper case or spaces are prose
])
def test_look_alikes_stay_text(text: str) -> None:
    clean = minutes_from_text(text).clean
    for line in text.splitlines():
        assert line.strip() in clean
    assert front_matter(text) == {}


@pytest.mark.parametrize(("text", "date", "body"), [
    # the day only in the front matter: the visible text's one date is the next meeting's
    (TOML + SECTIONS, "2018-01-08", "Styrelsen"),
    (NIKOLA + SECTIONS, "2018-01-08", None),
    (('+++\ndate = "2017-03-17T20:00:00+01:00"\ntitle = "Konstituerande styrelsemöte"\n+++\n'
     "IX Styrelse hade denna dag sitt första styrelsemöte.\n\n### Val av kassör\nMichael valdes.\n"), "2017-03-17", None),
    # the head gives the day: a page written days later keeps the minutes' own date
    (TOML + "# Protokoll styrelsemöte 2018-01-03\n\n" + SECTIONS, "2018-01-03", None),
    (("---\ntitle: Protokoll AU\ndate: 2024-02-20\n---\nByggnadsnämndens arbetsutskott\nDatum 2024-02-01\n\n"
     "§ 1 Val av justerare\n\nBo Ek utses.\n"), "2024-02-01", "Byggnadsnämndens arbetsutskott"),
    ("<!--\n" + NIKOLA.strip() + "\n-->\n\n" + SECTIONS, "2018-01-08", None),
])
def test_front_matter_day_and_title(text: str, date: str, body: str | None) -> None:
    doc = minutes_from_text(text)
    meeting = extract_text(doc).meeting
    assert meeting.date == date
    assert meeting.start is None or meeting.start != "20:30"  # the page's clock is no meeting hour
    a, b = meeting.spans["date"]
    assert doc.text[a:b] in (date, "2018-01-03", "2024-02-01")
    if body is not None:
        assert meeting.body == body
        a, b = meeting.spans["body"]
        assert doc.text[a:b].casefold().startswith(body.casefold()[:7])
