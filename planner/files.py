"""Writing the files our commands produce."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from pathlib import Path
from urllib.parse import quote

from planner.errors import PlannerError


def write_output(output: Path, data: bytes) -> None:
    """Write `data` to `output` through a temporary file beside it, so that no half-written file
    ever stands under the real name; a failure is one `PlannerError` naming the file.

    A link is written through (the link stays, its target gets the data), and what is no regular file
    (/dev/stdout, /dev/null, a named pipe) is written to as it is: replacing it would put a regular file
    where the device or pipe was.
    """
    if output.name in ("", ".", ".."):  # `-o ""` (a variable left unset) is Path("."), the working folder
        raise PlannerError("empty output file name (give a file, e.g. -o dagordning.md)")
    tmp: Path | None = None
    try:
        try:
            special = not stat.S_ISREG(output.stat().st_mode)
        except FileNotFoundError:  # a new file, or a link to one
            special = False
        if special:
            with output.open("wb") as fh:
                fh.write(data)
            return
        target = output.resolve() if output.is_symlink() else output
        # A name of its own for each writer: with one fixed "x.ics.tmp", two exports at once (a cron job and a
        # hand) wrote into the same file, and the first to finish put the other's half-written feed in place.
        fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
        tmp = Path(name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp makes the file readable by its owner only: keep the mode of the file replaced, else the umask's,
        # so that a feed a web server publishes stays readable to it.
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        tmp.chmod(mode)
        tmp.replace(target)
    except OSError as err:
        if tmp is not None:  # a disk full halfway: no half-written .tmp is left beside the file
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise PlannerError(f"{output}: cannot write: {err.strerror or err}") from err


def _umask() -> int:
    current = os.umask(0)  # the only way to read it is to set it
    os.umask(current)
    return current


def name_as_text(name: str) -> str:
    """Return a file name as text any database or JSON reader takes: the bytes of a name that are not
    UTF-8 (which Python holds as lone surrogates, "\\udcff") become U+FFFD, as a file manager shows them."""
    return os.fsencode(name).decode("utf-8", "replace")


def upload_name(filename: str | None) -> str:
    """Return the name of an uploaded file as it is stored and shown: the name the client sent, in any script,
    without its folders ("C:\\Users\\Anna\\möte.docx", "../x.txt") or control characters; "upload" when
    nothing is left. Never a path to write to: an upload is written under a name of our own."""
    name = re.sub(r"[\x00-\x1f\x7f]", "", filename or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    return "upload" if name in ("", ".", "..") else name


# What a file name in a download may not hold on common systems: folders, Windows' reserved marks, controls.
_NOT_IN_FILE_NAME = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')


def attachment(fallback: str, name: str) -> str:
    """Return a Content-Disposition offering a download under `name` ("Dagordning Länsstyrgruppen
    2026-12-04.docx") as RFC 6266 allows (`filename*`, UTF-8), with the ASCII `fallback` as `filename`
    for clients that read only that. Marks no file name may hold become "-"."""
    shown = _NOT_IN_FILE_NAME.sub("-", name).strip(" .-") or fallback
    value = f'attachment; filename="{fallback}"'
    return value if shown == fallback else f"{value}; filename*=UTF-8''{quote(shown, safe='')}"
