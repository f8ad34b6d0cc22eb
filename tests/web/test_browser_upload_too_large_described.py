"""The upload form's "too large" message is tied to the file field.

The bug: choosing files over the upload limit put the message under the field and moved the focus to the
field on "Ladda upp och läs in", but the field did not name the message (no aria-describedby) nor say it was
wrong (aria-invalid): a screen reader, back at the field, read "Välj filer eller dra dem hit ..." and nothing
of why nothing was sent (the live region is read once, if at all, while the focus moves).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.web.test_browser import CHROMIUM, browser, live, log_in  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]


def test_a_file_over_the_limit_is_said_at_the_field(live, browser):  # noqa: F811
    base, app, _sink = live
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, base)
    field = page.locator("#filer")
    mb = app.extensions["planner.settings"].web.max_upload_mb
    page.set_input_files("#filer", {"name": "protokoll-stort.pdf", "mimeType": "application/pdf",
                                    "buffer": b"%PDF-1.4\n" + b"0" * ((mb + 1) * 1024 * 1024)})
    page.get_by_role("button", name="Ladda upp och läs in").click()
    message = (f"Filen protokoll-stort.pdf ({mb + 1},0 MB) är för stor: högst {mb} MB per uppladdning. "
               "Välj färre eller mindre filer.")
    expect(field).to_have_accessible_description(message)
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_be_focused()
    page.set_input_files("#filer", {"name": "protokoll.txt", "mimeType": "text/plain", "buffer": b"Protokoll"})
    expect(field).to_have_accessible_description("Valda filer: protokoll.txt")
    expect(field).not_to_have_attribute("aria-invalid", "true")
    context.close()
