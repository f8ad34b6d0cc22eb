"""`planner ingest` on a FIFO or a device hung (or read until memory ran out) instead of failing.

The ingest read the whole file for its checksum before `read_minutes` looked at what the path
was: a named pipe blocked until something wrote to it, and a link to /dev/zero was read without
end. Now anything that is not a regular file fails at once, naming the file, like other bad input.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Self

from click.testing import CliRunner
from sqlalchemy import func, select

from planner.cli import cli
from planner.ingest import ingest_file
from planner.store import Document

NOW = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)


class Feeder:
    """Write a little to every reader of a FIFO until stopped, so an unfixed ingest ends instead of hanging."""

    def __init__(self, fifo: Path) -> None:
        self.fifo = fifo
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as err:
                if err.errno != errno.ENXIO:  # ENXIO: no reader yet
                    raise
                time.sleep(0.005)
                continue
            try:
                os.write(fd, "Mötesanteckningar\nDatum: 2026-01-15\n".encode())
            finally:
                os.close(fd)
            # Let that reader see the end of the file before a new writer could join it.
            self.stop.wait(0.2)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=5)


def test_fifo_fails_at_once_naming_the_file(tmp_path, session_factory):
    fifo = tmp_path / "protokoll.txt"
    os.mkfifo(fifo)
    with Feeder(fifo):
        result = ingest_file(session_factory, fifo, now=NOW)
    assert result.status == "failed"
    assert result.message == "not a regular file, expected a minutes file"
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_cli_ingest_of_a_folder_with_a_fifo_among_good_files(tmp_path, seed, database_url, session_factory):
    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(seed("000"), folder)
    fifo = folder / "ror.txt"
    os.mkfifo(fifo)
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path}"\n', encoding="utf-8")
    with Feeder(fifo):
        # The folder walk skips what is not a file; naming the FIFO itself must not hang either.
        result = CliRunner().invoke(cli, ["--config", str(config), "ingest", str(folder), str(fifo)])
    assert result.exit_code == 1, result.output
    assert "1 new, 0 updated, 0 unchanged, 1 failed" in result.output
    assert f"{fifo}: not a regular file, expected a minutes file" in result.output
    assert "Traceback" not in result.output
    with session_factory() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 1
