"""The subscription form offered one body at a time, though reminders (and the CLI) also cover every
body of an organisation and all of them; the calendar pages link to the form with their own scope."""

from __future__ import annotations

from email import message_from_bytes, policy

from sqlalchemy import select

from notifications.models import Subscription
from planner.store import Body, Organisation

from .conftest import csrf_token


def _with_organisation(db, world) -> None:
    org = Organisation(slug="region-kronoberg", name="Region Kronoberg")
    db.add(org)
    db.scalars(select(Body).where(Body.slug == world.body_slug)).one().organisation = org
    db.commit()


def _subscribe(client, organ: str, email: str):
    token = csrf_token(client, "/prenumerera")
    return client.post("/prenumerera", data={"csrf_token": token, "organ": organ, "epost": email})


def test_form_offers_bodies_organisations_and_all(client, db, world):
    _with_organisation(db, world)
    page = client.get("/prenumerera").get_data(as_text=True)
    assert f'<option value="{world.body_slug}">Kommunalt forum</option>' in page
    assert '<option value="organisation:region-kronoberg">Region Kronoberg</option>' in page
    assert '<option value="alla">Alla organ</option>' in page
    page = client.get("/prenumerera?organ=organisation:region-kronoberg").get_data(as_text=True)
    assert '<option value="organisation:region-kronoberg" selected>' in page


def test_organisation_and_all_subscriptions_from_the_form(client, db, world, settings):
    _with_organisation(db, world)
    for organ, email in (("organisation:region-kronoberg", "anna@kommun.se"), ("alla", "bo@kommun.se"),
                         (world.body_slug, "cia@kommun.se")):
        r = _subscribe(client, organ, email)
        assert r.status_code == 302 and r.headers["Location"] == "/prenumerera/skickat", organ
    db.expire_all()
    scopes = {s.email: (s.scope, s.status) for s in db.scalars(select(Subscription))}
    assert scopes == {"anna@kommun.se": ("organisation:region-kronoberg", "pending"),
                      "bo@kommun.se": ("all", "pending"),
                      "cia@kommun.se": (f"body:{world.body_slug}", "pending")}
    mails = [message_from_bytes(p.read_bytes(), policy=policy.default)
             for p in sorted(settings.outbox_dir.glob("*.eml"))]
    subjects = sorted(m["Subject"] for m in mails)
    assert subjects == ["Bekräfta påminnelser från Kommunalt forum", "Bekräfta påminnelser från Region Kronoberg",
                        "Bekräfta påminnelser från alla forum"]


def test_unknown_scope_is_refused_in_swedish(client, world, settings):
    for organ in ("organisation:finns-inte", "finns-inte", "mote:kommunalt-forum"):
        r = _subscribe(client, organ, "a@b.se")
        assert r.status_code == 400 and "Välj vilket organ" in r.get_data(as_text=True), organ
    assert not settings.outbox_dir.exists() or not list(settings.outbox_dir.glob("*.eml"))


def test_calendar_pages_link_to_reminders_for_the_same_scope(client, db, world):
    _with_organisation(db, world)
    for page, organ in (("/kalender/alla", "alla"), (f"/kalender/organ/{world.body_slug}", world.body_slug),
                        ("/kalender/organisation/region-kronoberg", "organisation:region-kronoberg")):
        got = client.get(page)
        html = got.get_data(as_text=True)
        assert got.status_code == 200, (page, html[-600:])
        assert f'id="link-reminders" href="/prenumerera?organ={organ}"' in html, page
