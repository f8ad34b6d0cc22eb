"""The review page corrects the attendance lists: the forms, their refusals, the history, and a re-upload.

The gap (QA round): the page showed who was present and absent read-only, so a secretary whose minutes
were misread (a name run together with its organisation, an absent person listed as present, a missing
person, a title read as a person) could not fix them. The forms are posted here as a browser would post
them: with the values the page rendered (hidden "shown" fields and CSRF token included).
"""

from __future__ import annotations

from html.parser import HTMLParser

from sqlalchemy import select

from planner.store import Attendance, Document, Meeting
from planner.webmodels import Correction
from tests.test_attendance_corrections import MINUTES

from .conftest import csrf_token, login, multipart


class Forms(HTMLParser):
    """The forms of a page: action -> the values a browser would send (inputs, selected options), and the
    ids that labels point at."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: dict[str, dict[str, str]] = {}
        self.labelled: set[str] = set()
        self.ids: dict[str, str] = {}  # id of a field -> its name
        self._form: dict[str, str] | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._form = self.forms.setdefault(a["action"], {})
        elif tag == "label" and "for" in a:
            self.labelled.add(a["for"])
        elif self._form is not None and tag in ("input", "select") and "name" in a:
            if "id" in a:
                self.ids[a["id"]] = a["name"]
            if tag == "select":
                self._select = a["name"]
            elif a.get("type") != "submit":
                self._form[a["name"]] = a.get("value", "")
        elif (tag == "option" and self._form is not None and self._select is not None
              and ("selected" in a or self._select not in self._form)):
            self._form[self._select] = a["value"]

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms(page: str) -> Forms:
    parser = Forms()
    parser.feed(page)
    return parser


def upload(client, token: str, name: str, text: str) -> str:
    body, content_type = multipart({"csrf_token": token}, [("filer", name, text.encode())])
    r = client.post("/sekreterare/ladda-upp", data=body, content_type=content_type)
    assert r.status_code == 302 and "/sekreterare/dokument/" in r.headers["Location"], r.get_data(as_text=True)
    return r.headers["Location"]


def attendee(db, meeting_id: int, name: str) -> Attendance:
    db.expire_all()
    return next(a for a in db.get(Meeting, meeting_id).attendance if a.person.name == name)


def roll(db, meeting_id: int) -> dict[str, tuple[str | None, bool]]:
    db.expire_all()
    return {a.person.name: (a.person.organisation.name if a.person.organisation else None, a.present)
            for a in db.get(Meeting, meeting_id).attendance}


EXPECTED = {"Anna Eklund": ("Lessebo kommun", True), "Bo Berg": ("Alvesta kommun", False),
            "Cecilia Dahl": ("Ljungby kommun", False), "David Holm": ("Markaryds kommun", True)}


def test_secretary_corrects_attendance_on_the_review_page_and_a_reupload_keeps_it(client, world, db):
    login(client)
    token = csrf_token(client, "/sekreterare/")
    review = upload(client, token, "kf-2020-03-06.txt", MINUTES)
    doc = db.scalars(select(Document).where(Document.filename == "kf-2020-03-06.txt")).one()
    meeting_id = db.scalars(select(Meeting.id).where(Meeting.document_id == doc.id)).one()
    anna, bo, ulf = (attendee(db, meeting_id, n) for n in ("Anna Ek", "Bo Berg", "Projektledare Ulf"))

    page = client.get(review).get_data(as_text=True)
    found = forms(page)
    # Every field of the attendee forms has its label; each form carries the CSRF token.
    for prefix in (f"deltagare-{anna.id}-", f"ny-deltagare-{meeting_id}-"):
        fields = [i for i in found.ids if i.startswith(prefix)]
        assert {found.ids[i] for i in fields} == {"namn", "organisation", "roll", "narvarande"}
        assert set(fields) <= found.labelled
    assert "Lägg till en deltagare som saknas" in page and "Ta bort från närvarolistan" in page

    def post(action: str, **changes: str):
        data = {**found.forms[action], **changes}
        assert data["csrf_token"]
        return client.post(action, data=data, follow_redirects=True)

    r = post(f"/sekreterare/narvaro/{anna.id}", namn="Anna Eklund", roll="ordförande")
    assert "Rättat: närvaro (Anna Ek), namn: Anna Ek → Anna Eklund; närvaro (Anna Ek), roll: – → ordförande" in \
        r.get_data(as_text=True)
    post(f"/sekreterare/narvaro/{bo.id}", narvarande="false")
    post(f"/sekreterare/narvaro/{ulf.id}", ta_bort="1")
    added = post(f"/sekreterare/narvaro/mote/{meeting_id}/lagg-till", namn="David Holm", organisation="Markaryds kommun")
    assert "Lagt till på närvarolistan: David Holm (Markaryds kommun), närvarande." in added.get_data(as_text=True)
    assert "Rättat:" not in added.get_data(as_text=True)

    # Refused: the reason is in the form (not only in the flash far above), what was typed is kept.
    r = post(f"/sekreterare/narvaro/mote/{meeting_id}/lagg-till", namn="  ", organisation="Tingsryds kommun")
    text = r.get_data(as_text=True)
    form = text.split(f'id="ny-deltagare-{meeting_id}"')[1].split("</form>")[0]
    assert f'<p class="flash error" role="alert" id="fel-attendance-new-{meeting_id}">Namnet måste fyllas i.</p>' in form
    assert 'value="Tingsryds kommun"' in form
    r = post(f"/sekreterare/narvaro/{bo.id}", namn="B" * 301)
    assert "Namnet får vara högst 300 tecken (nu 301)." in r.get_data(as_text=True)

    assert roll(db, meeting_id) == EXPECTED
    assert attendee(db, meeting_id, "Anna Eklund").role == "ordförande"
    assert db.scalars(select(Correction).where(Correction.entity == "attendance", Correction.field == "listed",
                                               Correction.new_value == "false")).one().user.username == "sekreterare"

    page = client.get(review).get_data(as_text=True)
    assert "närvaro (Bo Berg), närvarande: ja → nej" in page  # the history of the page
    assert "närvaro (Projektledare Ulf), på närvarolistan: ja → nej" in page
    assert "närvaro (David Holm), på närvarolistan: – → ja" in page
    assert "(lästes som Anna Ek)" in page

    api = client.get(f"/api/v1/meetings/{meeting_id}").get_json()
    assert {(a["name"], a["organisation"], a["present"]) for a in api["attendance"]} == {
        (n, org, present) for n, (org, present) in EXPECTED.items()}

    # The same file again, then a corrected version of the minutes: the secretary's word wins.
    upload(client, token, "kf-2020-03-06.txt", MINUTES)
    assert roll(db, meeting_id) == EXPECTED
    review2 = upload(client, token, "kf-2020-03-06-v2.txt", MINUTES.replace("Tid: 9.00-12.00", "Tid: 9.00-12.30"))
    assert roll(db, meeting_id) == EXPECTED
    page = client.get(review2).get_data(as_text=True)
    assert "Anna Eklund" in page and "Projektledare Ulf</legend>" not in page
    assert "närvaro (Bo Berg), närvarande: ja → nej" in page  # the history follows the corrected version


def test_a_secretary_of_another_body_cannot_correct_attendance(client, world, db, app):
    from planner.auth import add_user
    from planner.store import Body

    login(client)
    token = csrf_token(client, "/sekreterare/")
    upload(client, token, "kf.txt", MINUTES)
    meeting_id = db.scalars(select(Meeting.id).where(Meeting.status == "held", Meeting.document_id.is_not(None))
                            .order_by(Meeting.date.desc())).first()
    anna = attendee(db, meeting_id, "Anna Ek")
    db.add(Body(slug="annat-forum", name="Annat forum"))
    db.flush()
    add_user(db, "annan", "ett-annat-langt-losenord", role="secretary", body_slugs=("annat-forum",))
    db.commit()
    client.post("/sekreterare/logga-ut", data={"csrf_token": token})
    login(client, "annan", "ett-annat-langt-losenord")
    token = csrf_token(client, "/sekreterare/")
    r = client.post(f"/sekreterare/narvaro/{anna.id}", data={"csrf_token": token, "namn": "Någon annan"})
    assert r.status_code == 403
    r = client.post(f"/sekreterare/narvaro/{anna.id}", data={"namn": "Utan token"})
    assert r.status_code in (400, 403)
    assert "Anna Ek" in roll(db, meeting_id)
