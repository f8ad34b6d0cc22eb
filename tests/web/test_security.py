"""Security: minutes text is never rendered unescaped, CSRF on every form, login required, upload limit, rate limit."""

from __future__ import annotations

import re

import pytest

from .conftest import build_world, csrf_token, login, multipart

EVIL_TITLE = '<script>alert("x")</script>\r\nBEGIN:VEVENT\r\nSUMMARY:Falsk'
EVIL_TEXT = (
    "Mötesanteckningar – Kommunalt forum 2020-02-07\n"
    "1. <script>alert('punkt')</script><img src=x onerror=alert(1)>\n"
    "Punkten utgår.\n"
    "Workshop </pre><script>alert(2)</script> den 8 maj 2020.\n"
)


@pytest.fixture
def evil(db):
    return build_world(db, EVIL_TEXT, title=EVIL_TITLE)


def _pages(world) -> list[str]:
    return ["/", f"/organ/{world.body_slug}", f"/mote/{world.next_id}", f"/mote/{world.held_id}",
            "/manad/2020/3", f"/punkt/{world.carry_id}", f"/dokument/{world.document_id}?fran=48&till=90",
            f"/sekreterare/dokument/{world.document_id}", "/sekreterare/", f"/sekreterare/dagordning/{world.next_id}"]


def test_minutes_text_is_never_rendered_unescaped(client, evil):
    login(client)
    for url in _pages(evil):
        r = client.get(url)
        assert r.status_code == 200, url
        page = r.get_data(as_text=True)
        assert "<script>alert" not in page, url
        assert "<img src=x" not in page, url
        assert "</pre><script>" not in page, url
    page = client.get(f"/dokument/{evil.document_id}").get_data(as_text=True)
    assert "&lt;script&gt;alert(&#39;punkt&#39;)&lt;/script&gt;" in page


def test_agenda_exports_escape_titles(client, evil):
    login(client)
    url = f"/sekreterare/dagordning/{evil.next_id}?format=html"
    page = client.get(url).get_data(as_text=True)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_feed_never_carries_injected_lines(client, evil, app):
    """Line breaks in a title must not start a new iCalendar property or component."""
    if not any(rule.rule.startswith("/kalender/") for rule in app.url_map.iter_rules()):
        pytest.skip("calendars.views (the /kalender/ feeds) is not registered yet")
    import icalendar

    r = client.get(f"/kalender/{evil.body_slug}.ics")
    assert r.status_code == 200
    cal = icalendar.Calendar.from_ical(r.data)
    events = [c for c in cal.walk("VEVENT")]
    assert all("Falsk" != str(e.get("SUMMARY")) for e in events)
    assert b"\r\nSUMMARY:Falsk" not in r.data


@pytest.mark.parametrize("path", ["/sekreterare/", "/sekreterare/dokument/1", "/sekreterare/dagordning/2"])
def test_secretary_pages_need_login(client, world, path):
    r = client.get(path)
    assert r.status_code == 302 and r.headers["Location"].startswith("/sekreterare/logga-in")


@pytest.mark.parametrize("path", ["/sekreterare/ladda-upp", "/sekreterare/ratta/meeting/2",
                                  "/sekreterare/dokument/1/bekrafta", "/sekreterare/dagordning/2"])
def test_secretary_writes_without_login_are_rejected(app, world, path):
    app.config["WTF_CSRF_ENABLED"] = False  # reach the login check itself
    r = app.test_client().post(path, data={"venue": "X"})
    assert r.status_code == 403


def test_forms_without_csrf_token_are_rejected(client, world, db):
    from planner.store import Meeting

    r = client.post("/sekreterare/logga-in", data={"anvandarnamn": "sekreterare", "losenord": "x"})
    assert r.status_code == 400 and "säkerhetstoken" in r.get_data(as_text=True)
    login(client)
    r = client.post(f"/sekreterare/ratta/meeting/{world.next_id}", data={"venue": "Falskt"})
    assert r.status_code == 400
    r = client.post(f"/sekreterare/ratta/meeting/{world.next_id}", data={"venue": "Falskt", "csrf_token": "fel"})
    assert r.status_code == 400
    assert db.get(Meeting, world.next_id).venue == "Videum"
    assert client.post("/prenumerera", data={"organ": world.body_slug, "epost": "a@b.se"}).status_code == 400


def test_upload_over_the_limit_is_rejected_in_swedish(settings, world):
    from planner.app import create_app

    app = create_app(settings.replace(web={"max_upload_mb": 1}))
    client = app.test_client()
    login(client)
    token = csrf_token(client, "/sekreterare/")
    body, content_type = multipart({"csrf_token": token}, [("filer", "stor.txt", b"x" * (1024 * 1024 + 10))])
    r = client.post("/sekreterare/ladda-upp", data=body, content_type=content_type)
    assert r.status_code == 413
    assert "Filen är för stor. Största tillåtna storlek är 1 MB" in r.get_data(as_text=True)
    app.extensions["planner.engine"].dispose()


def test_upload_of_an_unknown_type_is_refused(client, world):
    login(client)
    token = csrf_token(client, "/sekreterare/")
    body, content_type = multipart({"csrf_token": token}, [("filer", "virus.exe", b"MZ")])
    r = client.post("/sekreterare/ladda-upp", data=body, content_type=content_type, follow_redirects=True)
    assert "filtypen stöds inte" in r.get_data(as_text=True)
    # The message and the form name every type that is read, not five of them (.tex, .htm, .markdown are read too).
    from planner.extract.readers import SUFFIXES

    page = r.get_data(as_text=True)
    said = re.search(r"filtypen stöds inte \(([^)]*)\)", page).group(1)
    assert {t.strip() for t in said.replace(" eller ", ", ").split(",")} == {s[1:] for s in SUFFIXES}
    label = re.search(r'<label for="filer">[^(]*\(([^;]*);', page).group(1)
    assert {t.strip() for t in label.split(",")} == {s[1:] for s in SUFFIXES}


def test_login_is_rate_limited(client, world):
    token = csrf_token(client, "/sekreterare/logga-in")
    codes = [client.post("/sekreterare/logga-in", data={"anvandarnamn": "sekreterare", "losenord": "fel",
                                                        "csrf_token": token}).status_code for _ in range(12)]
    assert codes[:10] == [401] * 10 and codes[10:] == [429, 429]
    r = client.post("/sekreterare/logga-in", data={"csrf_token": token})
    assert "För många försök" in r.get_data(as_text=True)


def test_session_cookie_flags(client, world):
    login(client)
    cookie = client.get_cookie("__Host-session")  # base_url is https: the secure prefix is used
    assert cookie is not None and cookie.secure and cookie.http_only and cookie.same_site == "Lax"


def test_api_errors_are_problem_json(client):
    r = client.get("/api/v1/finns-inte-alls")
    assert r.status_code == 404
    assert r.mimetype == "application/problem+json" and r.get_json()["status"] == 404


def test_unexpected_errors_get_a_swedish_page_without_details(app, world):
    def boom():
        raise RuntimeError("secret internal detail")

    app.add_url_rule("/boom", view_func=boom)
    r = app.test_client().get("/boom")
    assert r.status_code == 500
    page = r.get_data(as_text=True)
    assert "Något gick fel" in page and "secret internal detail" not in page and "Traceback" not in page


def test_form_sent_after_logging_out_in_another_tab_says_so(client, world, db):
    """After logging out in another tab, a form of a secretary page answered only that it had "gone out"
    and to reload the page, which sends the same form again."""
    from planner.store import Meeting

    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    client.post("/sekreterare/logga-ut", data={"csrf_token": token})
    r = client.post(f"/sekreterare/ratta/meeting/{world.next_id}", data={"csrf_token": token, "venue": "X"})
    page = r.get_data(as_text=True)
    assert r.status_code == 400
    assert "Du är inte inloggad längre" in page and "Logga in och gör om ändringen." in page
    assert 'href="/sekreterare/logga-in"' in page
    db.expire_all()
    assert db.get(Meeting, world.next_id).venue == "Videum"
