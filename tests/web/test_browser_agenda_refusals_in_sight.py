"""In a browser, a refused action of the agenda editor (Avskriv without a reason, a title over the limit, the
stale-page check) redirected without an anchor, and Chromium keeps the anchor of the page the form was on
(#punkt-N of the last action): the page opened at a line, the message stood at the top out of sight, and
nothing seemed to happen. A new line of only spaces passed the field's "required" and was dropped without a
word. Each refusal is now said at the line (or the form) acted on, and the page opens there."""

from __future__ import annotations

import pytest

from tests.web.conftest import PASSWORD, build_world
from tests.web.test_browser import CHROMIUM, browser, live  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]


def _in_sight(page, text: str, kind: str = ".error") -> bool:
    """Tell whether a message (an error by default) with this text is within the window as it is scrolled."""
    return bool(page.evaluate(
        """([text, kind]) => [...document.querySelectorAll('.flash' + kind)].some(el => {
               const r = el.getBoundingClientRect();
               return el.textContent.includes(text) && r.top >= -1 && r.bottom <= window.innerHeight; })""",
        [text, kind]))


@pytest.fixture(scope="module")
def world(live):  # noqa: F811
    with live[1].extensions["planner.sessionmaker"]() as s:
        return build_world(s)


def test_refusals_of_the_agenda_editor_are_said_where_one_acted(live, browser, world):  # noqa: F811
    base, _app, _sink = live
    page = browser.new_context(viewport={"width": 1280, "height": 500}, locale="sv-SE").new_page()
    page.goto(f"{base}/sekreterare/logga-in")
    page.fill("#anvandarnamn", "sekreterare")
    page.fill("#losenord", PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.goto(f"{base}/sekreterare/dagordning/{world.next_id}")
    for title in ("Ekonomi", "Kompetensförsörjning", "Digitalisering", "Rapporter från kommunerna", "Övrigt"):
        page.fill("#rubrik", title)
        page.get_by_role("button", name="Lägg till").click()
    assert page.url.endswith("#punkt-6")

    # Avskriv on the carried line, without a reason.
    page.locator("#punkt-1").get_by_role("button", name="Avskriv").click()
    assert page.url.endswith("#punkt-1")
    assert _in_sight(page, "Ange ett skäl för att avskriva punkten")
    assert page.locator("#punkt-1 .flash.error").count() == 1

    # A new line of only spaces.
    page.fill("#rubrik", "   ")
    page.get_by_role("button", name="Lägg till").click()
    assert page.url.endswith("#ny-punkt")
    assert _in_sight(page, "Skriv en rubrik")
    assert page.locator("ol.agenda-edit li").count() == 6

    # A rename to only spaces opens the line's rename form with the message.
    page.locator("#punkt-3 summary").click()
    page.fill("#rubrik-2", "  ")
    page.locator("#punkt-3").get_by_role("button", name="Spara rubriken").click()
    assert page.url.endswith("#punkt-3") and _in_sight(page, "Skriv en rubrik")
    assert page.locator("#punkt-3 details[open]").count() == 1
    assert page.locator("#punkt-3 .title").inner_text() == "Kompetensförsörjning"


def test_publishing_and_confirming_open_at_their_message(live, browser, world):  # noqa: F811
    """Publicera dagordningen, Återkalla publiceringen and Bekräfta och publicera reopened the page at the anchor
    of the last action on it (#punkt-N, #handelse-N), their message at the top out of sight."""
    base, _app, _sink = live
    page = browser.new_context(viewport={"width": 1280, "height": 400}, locale="sv-SE").new_page()
    page.goto(f"{base}/sekreterare/logga-in")
    page.fill("#anvandarnamn", "sekreterare")
    page.fill("#losenord", PASSWORD)
    page.get_by_role("button", name="Logga in").click()

    page.goto(f"{base}/sekreterare/dagordning/{world.next_id}")
    for title in ("Ekonomi", "Kompetensförsörjning", "Digitalisering", "Övrigt"):
        page.fill("#rubrik", title)
        page.get_by_role("button", name="Lägg till").click()
    assert "#punkt-" in page.url
    page.get_by_role("button", name="Publicera dagordningen").click()
    assert _in_sight(page, "Dagordningen är publicerad.", kind="")
    page.locator("#punkt-4").get_by_role("button", name="Flytta upp").click()
    page.get_by_role("button", name="Återkalla publiceringen").click()
    assert _in_sight(page, "Publiceringen är återkallad", kind="")

    page.goto(f"{base}/sekreterare/dokument/{world.document_id}")
    card = page.locator(f"#handelse-{world.waiting_event_id}")
    card.get_by_label("Rubrik").fill("Svar på remissen om äldreomsorg")
    card.get_by_role("button", name="Spara rättelse").click()
    assert f"#handelse-{world.waiting_event_id}" in page.url
    page.get_by_role("button", name="Bekräfta och publicera").click()
    assert _in_sight(page, "Bekräftat:", kind="")
