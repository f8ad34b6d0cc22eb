"""Errors of our own: one line naming the file (and line), shown without a traceback."""

from __future__ import annotations

from pathlib import Path

# C0 controls and DEL as Python writes them in a string ("\n", "\t", "\x1b"): a file name with a newline split
# an error line in two, and one with an escape sequence acted on the terminal that printed it.
_CONTROLS = {c: repr(chr(c))[1:-1] for c in (*range(32), 127)}


def one_line(text: str) -> str:
    """Return `text` with its control characters written as escapes, so that it prints as one line."""
    return text.translate(_CONTROLS)


class PlannerError(Exception):
    """An error the user can act on; the CLI prints it as one line and exits with status 2."""


class ConfigError(PlannerError):
    """A bad value or unknown key in config.toml."""


class ExtractionError(PlannerError):
    """Minutes that cannot be read: names the file, and the line where there is one."""

    def __init__(self, path: str | Path, line: int | None, message: str, text: str | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.message = message
        self.text = text
        where = f"{self.path}:{line}" if line else self.path
        quoted = f" {text!r}" if text else ""
        super().__init__(f"{where}: {message}{quoted}")
