"""An older version of minutes, which a corrected version replaced, posted again: "unchanged" with meeting
null. The API now gives the id of the version that replaced it (`replaced_by`) and that version's meeting."""

from __future__ import annotations

import io

from tests.api.conftest import bearer
from tests.test_ingest_replaced_version import _versions


def test_api_gives_the_replacing_version_and_its_meeting(client, seed, tokens, tmp_path):
    older, newer = _versions(seed("000"), tmp_path)

    def post(path):
        data = {"file": (io.BytesIO(path.read_bytes()), path.name)}
        response = client.post("/api/v1/documents", data=data, content_type="multipart/form-data",
                               headers=bearer(tokens.admin))
        assert response.status_code in (200, 201), response.data
        return response.get_json()

    first, second = post(older), post(newer)
    assert second["status"] == "updated" and first["replaced_by"] is None and first["document_id"] != second["document_id"]
    again = post(older)
    assert again["status"] == "unchanged" and again["document_id"] == first["document_id"]
    assert again["replaced_by"] == second["document_id"] and again["meeting"]["id"] == second["meeting"]["id"]
