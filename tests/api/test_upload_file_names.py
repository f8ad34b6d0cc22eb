"""An upload through the API keeps its file name, as an upload on the secretary's page does.

The bug: the API passed the name through werkzeug's secure_filename, which keeps ASCII letters only:
"Möte – Växjö 2020-03-06.docx" was stored, reported ("source") and shown on the pages as
"Mote_Vaxjo_2020-03-06.docx" (the same file uploaded on the secretary's page kept its name), and a name
with no Latin letter lost its suffix with the rest: "Протокол.docx" became "docx", read as a text file,
and the upload was refused: "docx.txt: binary file (NUL bytes), expected minutes as text, ...".
"""

from __future__ import annotations

import io

import docx
import pytest

from planner.files import upload_name
from tests.api.conftest import bearer


def minutes_docx(seed) -> bytes:
    document = docx.Document()
    for line in seed("000").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("name", ["Möte – Växjö 2020-03-06.docx", "Протокол.docx", "議事録.DOCX", "–.docx"])
def test_extract_reads_the_upload_by_its_suffix_and_names_it_as_sent(client, seed, name):
    response = client.post("/api/v1/extract", data={"file": (io.BytesIO(minutes_docx(seed)), name)},
                           content_type="multipart/form-data")
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["source"] == name
    assert response.get_json()["meeting"]["date"] == "2020-03-06"


@pytest.mark.parametrize(("sent", "named"), [
    ("../../etc/passwd.txt", "passwd.txt"), ("möte", "möte.txt"), ("rad\x01ett\x7fmöte.txt", "radettmöte.txt"),
    ("", "upload.txt"), ("..", "upload.txt"),
])
def test_a_name_loses_its_folders_and_control_characters_only(client, seed, sent, named):
    response = client.post("/api/v1/extract", data={"file": (io.BytesIO(seed("000").read_bytes()), sent)},
                           content_type="multipart/form-data")
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["source"] == named


@pytest.mark.parametrize(("sent", "named"), [
    ("C:\\Users\\Anna\\möte.docx", "möte.docx"), ("a/b\\c\n.pdf", "c.pdf"), (" . ", "upload"), (None, "upload"),
])
def test_upload_name(sent, named):
    assert upload_name(sent) == named


def test_an_unknown_suffix_is_named_in_the_refusal(client):
    response = client.post("/api/v1/extract", data={"file": (io.BytesIO(b"Protokoll"), "möte.odt")},
                           content_type="multipart/form-data")
    assert response.status_code == 422
    assert response.get_json()["detail"].startswith("möte.odt: unknown file type '.odt', expected one of ")


def test_a_stored_upload_keeps_its_name(client, seed, rows, tokens):
    name = "Möte – Växjö 2020-03-06.docx"
    response = client.post("/api/v1/documents", data={"file": (io.BytesIO(minutes_docx(seed)), name)},
                           content_type="multipart/form-data", headers=bearer(tokens.admin))
    assert response.status_code == 200, response.get_json()
    document = client.get(f"/api/v1/documents/{response.get_json()['document_id']}").get_json()
    assert document["filename"] == name
