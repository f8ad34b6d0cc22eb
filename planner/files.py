"""Writing the files our commands produce."""

from __future__ import annotations

import os
from pathlib import Path

from planner.errors import PlannerError


def write_output(output: Path, data: bytes) -> None:
    """Write `data` to `output` through a temporary file beside it, so that no half-written file
    ever stands under the real name; a failure is one `PlannerError` naming the file."""
    try:
        tmp = output.with_name(output.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as err:
        raise PlannerError(f"{output}: cannot write: {err.strerror}") from err


def name_as_text(name: str) -> str:
    """Return a file name as text any database or JSON reader takes: the bytes of a name that are not
    UTF-8 (which Python holds as lone surrogates, "\\udcff") become U+FFFD, as a file manager shows them."""
    return os.fsencode(name).decode("utf-8", "replace")
