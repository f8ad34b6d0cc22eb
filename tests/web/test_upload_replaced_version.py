"""An older version of minutes, which a corrected version replaced, uploaded again: the page said it was
"redan inläst och oförändrad" and opened the review of the replaced version, which holds no meeting. It now
says which version replaced it and opens that one's review."""

from __future__ import annotations

from tests.test_ingest_replaced_version import _versions

from .conftest import csrf_token, login, upload


def _upload(client, token: str, path):
    return upload(client, token, (path.name, path.read_bytes()))


def test_older_version_uploaded_again_opens_the_corrected_versions_review(client, world, seed, tmp_path):
    older, newer = _versions(seed("000"), tmp_path)
    login(client)
    token = csrf_token(client, "/sekreterare/")
    first = _upload(client, token, older).headers["Location"]
    second = _upload(client, token, newer).headers["Location"]
    assert first != second and "/sekreterare/dokument/" in second
    again = _upload(client, token, older)
    assert again.headers["Location"] == second
    page = client.get(again.headers["Location"]).get_data(as_text=True)
    assert (f"{older.name} är en äldre version av anteckningar som har ersatts av en rättad version "
            f"({newer.name}): inget nytt att granska.") in page
    assert "Filen var redan inläst och är oförändrad" not in page

