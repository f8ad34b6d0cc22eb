"""Writing the files our commands produce."""

from __future__ import annotations

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
