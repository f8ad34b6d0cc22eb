"""Uploads through the API: extraction without storing, the size limit, and token-protected ingest."""

from __future__ import annotations

import datetime as dt
import io

from sqlalchemy import func, select

from tests.api.conftest import bearer
from tests.api.test_api import assert_problem


def upload(path, name: str | None = None) -> dict:
    return {"file": (io.BytesIO(path.read_bytes()), name or path.name)}


def test_extract_returns_the_contract_object_and_stores_nothing(client, db, seed):
    from planner.extract import extract_minutes
    from planner.store import Document

    path = seed("003")
    response = client.post("/api/v1/extract", data=upload(path), content_type="multipart/form-data")
    assert response.status_code == 200, response.data
    assert response.get_json() == extract_minutes(path).to_json()
    assert db.scalar(select(func.count()).select_from(Document)) == 0


def test_public_extraction_is_rate_limited_per_address(settings, seed):
    from planner.app import create_app

    app = create_app(settings.replace(web={"extract_per_minute": 2}))
    client = app.test_client()
    path = seed("004")
    answers = [client.post("/api/v1/extract", data=upload(path), content_type="multipart/form-data")
               for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    # The allowance is told on every answer, but only the refusal says to wait (a 200 said Retry-After: 60).
    assert [a.headers.get("X-RateLimit-Remaining") for a in answers] == ["1", "0", "0"]
    assert [("Retry-After" in a.headers) for a in answers] == [False, False, True]
    response = client.post("/api/v1/extract", data=upload(path), content_type="multipart/form-data")
    assert_problem(response, 429)
    assert int(response.headers["Retry-After"]) > 0
    # Another address has its own allowance.
    other = client.post("/api/v1/extract", data=upload(path), content_type="multipart/form-data",
                        environ_overrides={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 200
    app.extensions["planner.engine"].dispose()


def test_docx_and_html_uploads_are_read_like_text(client, seed, tmp_path):
    import docx

    from planner.extract import extract_minutes

    path = seed("000")
    expected = extract_minutes(path).to_json()["meeting"]
    document = docx.Document()
    for line in path.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "forum.docx")
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in path.read_text(encoding="utf-8").splitlines())
    (tmp_path / "forum.html").write_text(html + "</body></html>", encoding="utf-8")
    for name in ("forum.docx", "forum.html"):
        response = client.post("/api/v1/extract", data=upload(tmp_path / name), content_type="multipart/form-data")
        assert response.status_code == 200, response.data
        meeting = response.get_json()["meeting"]
        assert (meeting["body"], meeting["date"], meeting["start"], meeting["venue"]) == (
            expected["body"], expected["date"], expected["start"], expected["venue"]), name
        assert response.get_json()["source"] == name


def test_uploaded_markup_comes_back_escaped(client):
    minutes = ("Mötesanteckningar – Kommunalt forum <script>alert(1)</script>\n\nDatum: 2020-03-06\n\n"
               "1. Information <img src=x onerror=alert(1)>\n\nNästa möte den 8 maj 2020 <b>kl. 9.00</b>\n")
    response = client.post("/api/v1/extract", data={"file": (io.BytesIO(minutes.encode()), "x.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 200, response.data
    raw = response.get_data(as_text=True)
    assert "<" not in raw and ">" not in raw
    assert "\\u003cscript\\u003e" in raw
    assert response.get_json()["meeting"]["body"] == "Kommunalt forum <script>alert(1)</script>"


def test_unreadable_uploads_are_422_naming_the_file(client):
    empty = client.post("/api/v1/extract", data={"file": (io.BytesIO(b""), "tomt.txt")},
                        content_type="multipart/form-data")
    assert_problem(empty, 422, "tomt.txt", "empty")
    binary = client.post("/api/v1/extract", data={"file": (io.BytesIO(b"\x00\x01" * 50), "x.exe")},
                         content_type="multipart/form-data")
    assert_problem(binary, 422, "x.exe")
    missing = client.post("/api/v1/extract", data={"other": "1"}, content_type="multipart/form-data")
    assert "file" in assert_problem(missing, 422)["errors"]
    assert_problem(client.post("/api/v1/extract", json={"file": "x"}), 415)


def test_an_upload_over_the_limit_is_413_with_a_clear_message(client):
    from werkzeug.datastructures import FileStorage
    from werkzeug.test import encode_multipart

    big = b"Datum: 2020-03-06\n" + b"x" * (1024 * 1024 + 10)  # the app's limit is 1 MB
    # Encoded here, in memory: the test client would spool a body this large to a temporary file.
    boundary, data = encode_multipart({"file": FileStorage(io.BytesIO(big), "stor.txt")})
    response = client.post("/api/v1/extract", data=data, content_type=f"multipart/form-data; boundary={boundary}")
    body = assert_problem(response, 413, "1 MB")
    assert "limit" in body["detail"]


def test_ingest_needs_a_token_then_is_idempotent(client, db, seed, tokens):
    from planner.api.tokens import create_token
    from planner.store import Document, Meeting
    from planner.webmodels import User

    path = seed("003")
    assert_problem(client.post("/api/v1/documents", data=upload(path), content_type="multipart/form-data"), 401)
    assert db.scalar(select(func.count()).select_from(Document)) == 1  # only the fixture's document
    # A secretary takes on a body that no one looks after yet, as on the upload page.
    first = client.post("/api/v1/documents", data=upload(path), content_type="multipart/form-data",
                        headers=bearer(tokens.secretary))
    assert first.status_code == 200, first.data
    result = first.get_json()
    assert result["status"] == "new"
    assert (result["meeting"]["date"], result["meeting"]["status"]) == ("2021-10-01", "held")
    again = client.post("/api/v1/documents", data=upload(path), content_type="multipart/form-data",
                        headers=bearer(tokens.admin)).get_json()
    assert (again["status"], again["document_id"]) == ("unchanged", result["document_id"])
    meeting = client.get(f"/api/v1/meetings/{result['meeting']['id']}").get_json()
    assert meeting["reference"] == "21RGK153" and meeting["items"]
    assert db.get(Meeting, result["meeting"]["id"]).document_id == result["document_id"]
    # Another secretary may not add minutes of that body: nothing of the upload is kept.
    other = User(username="annan", password_hash="-", role="secretary")
    db.add(other)
    db.flush()
    other_token = create_token(db, other, "test", now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    db.commit()
    count = db.scalar(select(func.count()).select_from(Document))
    refused = client.post("/api/v1/documents", data=upload(seed("004")), content_type="multipart/form-data",
                          headers=bearer(other_token))
    assert_problem(refused, 403, "other secretaries")
    assert db.scalar(select(func.count()).select_from(Document)) == count


def test_warnings_name_the_uploaded_file_not_the_servers_temporary_path(client):
    """Warnings came back as '/tmp/planner-upload-XXXX/x.txt:1: ...', showing the server's temporary folder."""
    minutes = "Mötesanteckningar – Kommunalt forum\n\n1. Information\n"  # no date: a warning, not an error
    response = client.post("/api/v1/extract", data={"file": (io.BytesIO(minutes.encode()), "utan-datum.txt")},
                           content_type="multipart/form-data")
    assert response.status_code == 200, response.data
    warnings = response.get_json()["warnings"]
    assert warnings and all(w.startswith("utan-datum.txt:") for w in warnings), warnings
    assert not any("planner-upload-" in w for w in warnings)
