"""A failed upload says why in Swedish.

The readers and `ingest` give their reasons in English (for `planner extract` and the logs); the secretary's
page showed them as they were, after "Kunde inte läsa", and with the file name twice ("Kunde inte läsa
a.txt: a.txt: no meeting date found in the minutes").
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path

import pytest

from planner.errors import PlannerError
from planner.extract import extract_minutes
from planner.secretary import swedish_reason

from .conftest import csrf_token, login, multipart

NO_DATE = "Protokoll Styrelsen\n\nNärvarande: Anna Ek, Bo Berg\n\n1. Mötets öppnande\n"


def _zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hej.txt", "hej")
    return path


# Each file makes a reader fail as real uploads do; its Swedish reason begins so.
FILES: list[tuple[str, bytes | None, str]] = [
    ("tom.txt", b"", "filen är tom"),
    ("blank.txt", b" \n\t\n", "filen innehåller ingen text"),
    ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "filen är ingen textfil"),
    ("odaterad.txt", NO_DATE.encode(), "inget datum hittades"),
    ("trasig.docx", b"PK\x03\x04 inte mer", ".docx-filen går inte att läsa"),
    ("zip.docx", None, ".docx-filen går inte att läsa"),
    ("trasig.pdf", b"%PDF-1.4\n1 0 obj\n", ".pdf-filen går inte att läsa"),
    ("html.pdf", b"<html><body>Protokoll</body></html>", ".pdf-filen går inte att läsa"),
]


@pytest.mark.parametrize(("name", "data", "swedish"), FILES)
def test_each_reason_a_reader_gives_is_said_in_swedish(tmp_path, name, data, swedish):
    path = tmp_path / name
    if data is None:
        _zip(path)
    else:
        path.write_bytes(data)
    with pytest.raises(PlannerError) as err:
        extract_minutes(path)
    reason = str(err.value).removeprefix(f"{path}: ")
    assert swedish_reason(reason).startswith(swedish), reason


@pytest.mark.parametrize(("reason", "swedish"), [
    ("no meeting date found in the minutes", "inget mötesdatum hittades i anteckningarna"),
    ("no meeting body (forum name) found in the minutes", "inget organ (forumets namn) hittades i anteckningarna"),
    ("unreadable meeting date '2024-02-30'", "mötesdatumet '2024-02-30' går inte att läsa"),
    ("file is 21.3 MB, more than the 20 MB limit for minutes", "filen är 21.3 MB, mer än gränsen på 20 MB"),
    ("a .docx that unpacks to 1971 MB, more than the 100 MB limit for minutes",
     ".docx-filen packas upp till 1971 MB, mer än gränsen på 100 MB"),
    ("du är inte sekreterare för Kommunalt forum", "du är inte sekreterare för Kommunalt forum"),  # Swedish already
    ("KeyError: 'x'", "okänt fel (KeyError: 'x')"),
])
def test_ingest_reasons_in_swedish(reason, swedish):
    assert swedish_reason(reason) == swedish


def test_failed_upload_flashes_swedish_once_per_file(client, world):
    login(client)
    token = csrf_token(client, "/sekreterare/")
    body, content_type = multipart({"csrf_token": token}, [("filer", "odaterad.txt", NO_DATE.encode()),
                                                            ("filer", "tom.txt", b"")])
    page = client.post("/sekreterare/ladda-upp", data=body, content_type=content_type,
                       follow_redirects=True).get_data(as_text=True)
    flashes = [html.unescape(m) for m in re.findall(r'<p class="flash error"[^>]*>(.*?)</p>', page)]
    assert len(flashes) == 2, flashes
    for flash, name in zip(flashes, ("odaterad.txt", "tom.txt"), strict=True):
        assert flash.startswith(f"Kunde inte läsa {name}: ") and flash.count(name) == 1, flash
        assert not re.search(r"\b(?:found|file|minutes|meeting)\b", flash), flash
