"""Errors of our own: one line naming the file (and line), shown without a traceback."""

from __future__ import annotations

from pathlib import Path


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
