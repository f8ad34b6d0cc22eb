"""The agenda editor as a screen reader reads it: refusals tied to their fields, every control named by its line.

The bugs: a refused action (Avskriv without a reason, a title of only spaces) put its message at the line, but the
field it was about neither named the message (no aria-describedby) nor said it was wrong (aria-invalid), nor had
the focus: a screen reader user landed at the top of the page and, tabbing to the field, heard only "Skäl". A
refused Avskriv also opened the line's "Byt rubrik" box. And of each line's controls only the move and remove
buttons named the line: a list of form controls read "Byt rubrik", "Skäl", "Markera behandlad", "Avskriv" once
per carried item, with nothing to tell them apart.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.web.conftest import PASSWORD, build_world
from tests.web.test_browser import CHROMIUM, browser, live  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]
TITLE = "Information om Yrkes-SM"


@pytest.fixture(scope="module")
def world(live):  # noqa: F811
    with live[1].extensions["planner.sessionmaker"]() as s:
        return build_world(s, title=TITLE)


@pytest.fixture
def editor(live, browser, world):  # noqa: F811
    base, _app, _sink = live
    context = browser.new_context(viewport={"width": 1280, "height": 700}, locale="sv-SE")
    page = context.new_page()
    page.goto(f"{base}/sekreterare/logga-in")
    page.fill("#anvandarnamn", "sekreterare")
    page.fill("#losenord", PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.goto(f"{base}/sekreterare/dagordning/{world.next_id}")
    yield page
    context.close()


def test_every_control_of_a_line_names_the_line(editor):
    line = editor.locator("#punkt-1")
    expect(line.locator("summary")).to_have_accessible_name(f"Byt rubrik: {TITLE}")
    expect(line.locator("input[name=motivering]")).to_have_accessible_name(f"Skäl för punkt 1: {TITLE}")
    expect(line.get_by_role("button", name="Markera behandlad")).to_have_accessible_name(f"Markera behandlad: {TITLE}")
    expect(line.get_by_role("button", name="Avskriv")).to_have_accessible_name(f"Avskriv: {TITLE}")


def test_a_refused_drop_is_said_at_the_reason_field(editor):
    line = editor.locator("#punkt-1")
    line.get_by_role("button", name="Avskriv").click()
    reason = editor.locator("#punkt-1 input[name=motivering]")
    message = "Ange ett skäl för att avskriva punkten, i fältet Skäl."
    expect(reason).to_have_accessible_description(message)
    expect(reason).to_have_attribute("aria-invalid", "true")
    expect(reason).to_be_focused()
    expect(editor.locator("#punkt-1 details")).not_to_have_attribute("open", "")  # the rename box stays shut
    editor.reload()  # said once: the page shown again is as before
    expect(editor.locator("#punkt-1 input[name=motivering]")).not_to_have_attribute("aria-invalid", "true")


def test_a_refused_title_is_said_at_the_title_field(editor):
    editor.fill("#rubrik", "   ")
    editor.get_by_role("button", name="Lägg till").click()
    field = editor.locator("#rubrik")
    expect(field).to_have_accessible_description("Skriv en rubrik: en punkt utan rubrik kan inte läggas till.")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_be_focused()

    editor.locator("#punkt-1 summary").click()
    editor.fill("#rubrik-0", "  ")
    editor.locator("#punkt-1").get_by_role("button", name="Spara rubriken").click()
    renamed = editor.locator("#rubrik-0")
    expect(renamed).to_have_accessible_description("Skriv en rubrik: en punkt utan rubrik kan inte läggas till.")
    expect(renamed).to_be_focused()
    expect(editor.locator("#punkt-1 input[name=motivering]")).not_to_have_attribute("aria-invalid", "true")
