"""A corrected version of minutes (same body and date) uploaded on the secretary's page replaced the one read
before, and could move the next meeting or cancel an event, yet the page said only "1 fil(er) inlästa": nothing
told the secretary that another upload's rows had been replaced. It now names the version it replaced."""

from __future__ import annotations

from tests.test_ingest_replaced_version import _versions

from .conftest import csrf_token, login, upload


def test_a_corrected_version_names_the_version_it_replaced(client, world, seed, tmp_path):
    older, newer = _versions(seed("000"), tmp_path)
    login(client)
    token = csrf_token(client, "/sekreterare/")
    first = upload(client, token, (older.name, older.read_bytes()), follow_redirects=True).get_data(as_text=True)
    assert "ersätter" not in first
    page = upload(client, token, (newer.name, newer.read_bytes()), follow_redirects=True).get_data(as_text=True)
    assert (f"{newer.name} ersätter {older.name} (inläst 1 mars 2020) som en rättad version av "
            "mötesanteckningarna") in page
