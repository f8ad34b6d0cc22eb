"""The focus ring stands out from what is around it (WCAG 2.1, 1.4.11: at least 3:1) on every page.

The bug: the focus outline was a light orange (#f5a623) everywhere. On the dark header it stood out, but on
the white pages, where nearly every link, button and field is, it had a contrast of 2.0:1 against the white
around it (1.8:1 on the grey panels): a keyboard user could hardly see where the focus was. The "Byt rubrik"
boxes of the agenda editor (summary) had no outline of ours at all.
"""

from __future__ import annotations

import pytest

from tests.web.conftest import PASSWORD, build_world
from tests.web.test_browser import CHROMIUM, browser, live  # noqa: F401 (fixtures)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed at /usr/bin/chromium"),
]

# For the focused element: its outline (style, width, colour) and the colour painted just outside the outline's
# offset, found at four points around the element (what the eye compares the ring with).
PROBE = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const rgb = (text) => (text.match(/[\\d.]+/g) || []).map(Number);
  const behind = (x, y) => {
    for (let node of document.elementsFromPoint(x, y)) {
      if (node === el || el.contains(node)) continue;
      for (; node; node = node.parentElement) {
        const c = rgb(getComputedStyle(node).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
      }
    }
    return [255, 255, 255];
  };
  const r = el.getBoundingClientRect();
  const off = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) / 2;
  const points = [[r.left - off, r.top + r.height / 2], [r.right + off, r.top + r.height / 2],
                  [r.left + r.width / 2, r.top - off], [r.left + r.width / 2, r.bottom + off]]
    .filter(([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight);
  return {what: el.tagName + ' ' + (el.id || el.textContent.trim().slice(0, 30)), style: style.outlineStyle,
          width: parseFloat(style.outlineWidth), colour: rgb(style.outlineColor).slice(0, 3),
          around: points.map(([x, y]) => behind(x, y))};
}"""


def luminance(rgb: list[float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: list[float], b: list[float]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture(scope="module")
def world(live):  # noqa: F811
    with live[1].extensions["planner.sessionmaker"]() as s:
        return build_world(s)


def weak_rings(page, tabs: int, seen: set[str]) -> list[str]:
    """Tab through the page; return each focused element whose ring is missing or too faint (`seen` gets the
    kinds of element checked)."""
    weak: list[str] = []
    page.keyboard.press("Tab")
    for _ in range(tabs):
        ring = page.evaluate(PROBE)
        if ring["what"].startswith("BODY"):
            break
        seen.add(ring["what"].split()[0])
        worst = min((contrast(ring["colour"], c) for c in ring["around"]), default=0.0)
        if ring["style"] in ("none", "hidden") or ring["width"] < 2 or worst < 3:
            weak.append(f"{ring['what']}: {ring['style']} {ring['width']}px {ring['colour']} "
                        f"against {ring['around']} ({worst:.2f}:1)")
        page.keyboard.press("Tab")
    return weak


def test_the_focus_ring_stands_out_on_public_and_secretary_pages(live, browser, world):  # noqa: F811
    base, _app, _sink = live
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    page = context.new_page()
    weak: list[str] = []
    seen: set[str] = set()
    for url in ("/", f"/organ/{world.body_slug}", "/prenumerera", "/sekreterare/logga-in"):
        page.goto(base + url)
        weak += [f"{url}: {w}" for w in weak_rings(page, 25, seen)]
    page.fill("#anvandarnamn", "sekreterare")
    page.fill("#losenord", PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.goto(f"{base}/sekreterare/dagordning/{world.next_id}")
    weak += [f"dagordning: {w}" for w in weak_rings(page, 30, seen)]
    context.close()
    assert weak == []
    assert seen >= {"A", "BUTTON", "INPUT", "SELECT", "SUMMARY"}
