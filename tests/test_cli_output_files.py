"""Where `planner agenda -o` and `planner calendar export -o` write, and standard output that cannot be written.

- `-o /dev/stdout` (or /dev/null, a named pipe) was written to a temporary file beside it, which then
  replaced it: run as root, `planner calendar export alla -o /dev/full` left a regular file where the device
  was, and a pipe a script read from was replaced by a file (the reader got nothing).
- `-o link.ics`, a link to the file a web server publishes, replaced the link with a file of its own:
  the published file kept its old content.
- Every write went through "FILE.tmp": two exports at once wrote into the same file, and the first to finish
  put the other's half-written feed in place; and the file replaced lost its mode (0640 became 0644).
- `-o ""` (a variable left unset) ended in a traceback ("PosixPath('.') has an empty name").
- Standard output that cannot be written (`> /dev/full`, a full disk) ended in a traceback
  ("OSError: [Errno 28] No space left on device") from every command that prints.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from planner.cli import cli


def _config(tmp_path: Path) -> Path:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "planner.sqlite3"}"\n'
                      f'instance_path = "{tmp_path / "instance"}"\n', encoding="utf-8")
    return config


def _run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--config", str(config), *args])


@pytest.fixture
def config(tmp_path: Path, seed) -> Path:
    config = _config(tmp_path)
    assert _run(config, "ingest", str(seed("000"))).exit_code == 0
    return config


@pytest.mark.parametrize("args", [["calendar", "export", "alla"], ["agenda", "kommunalt-forum"]])
def test_a_named_pipe_is_written_to_not_replaced(config: Path, tmp_path: Path, args: list[str]) -> None:
    pipe = tmp_path / "ut"
    os.mkfifo(pipe)
    reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)  # a reader waits, so that the writer's open returns
    try:
        result = _run(config, *args, "-o", str(pipe))
        assert result.exit_code == 0, result.output
        assert stat.S_ISFIFO(pipe.lstat().st_mode), "the pipe was replaced by a file"
        received = os.read(reader, 1 << 20)
    finally:
        os.close(reader)
    assert received.startswith((b"BEGIN:VCALENDAR", b"# Dagordning"))
    assert list(tmp_path.glob("*.tmp")) == []


def test_a_link_is_written_through(config: Path, tmp_path: Path) -> None:
    published = tmp_path / "www" / "alla.ics"
    published.parent.mkdir()
    published.write_text("gammalt", encoding="utf-8")
    link = tmp_path / "alla.ics"
    link.symlink_to(published)
    result = _run(config, "calendar", "export", "alla", "-o", str(link))
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.readlink() == published
    assert published.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(p.name for p in tmp_path.glob("*.tmp")) == []


def test_another_writers_temporary_file_is_left_alone(config: Path, tmp_path: Path) -> None:
    """Every export wrote through "alla.ics.tmp": two at once (a cron job and a hand) wrote into the same file,
    and the first to finish put the other's half-written feed in place. Each writer has a file of its own."""
    theirs = tmp_path / "alla.ics.tmp"
    theirs.write_bytes(b"BEGIN:VCALENDAR\r\n")  # another export, halfway
    result = _run(config, "calendar", "export", "alla", "-o", str(tmp_path / "alla.ics"))
    assert result.exit_code == 0, result.output
    assert theirs.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert (tmp_path / "alla.ics").read_bytes().rstrip().endswith(b"END:VCALENDAR")
    assert [p.name for p in tmp_path.glob("*.tmp")] == ["alla.ics.tmp"]


def test_the_mode_of_the_file_replaced_is_kept(config: Path, tmp_path: Path) -> None:
    published = tmp_path / "alla.ics"
    published.write_text("gammalt", encoding="utf-8")
    published.chmod(0o640)  # readable by the web server's group, as its operator set it
    assert _run(config, "calendar", "export", "alla", "-o", str(published)).exit_code == 0
    assert stat.S_IMODE(published.stat().st_mode) == 0o640
    assert published.read_bytes().startswith(b"BEGIN:VCALENDAR")


@pytest.mark.parametrize("args", [["calendar", "export", "alla"], ["agenda", "kommunalt-forum"]])
def test_an_empty_output_name_is_one_line(config: Path, args: list[str]) -> None:
    result = _run(config, *args, "-o", "")
    assert result.exit_code == 2
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    assert result.stderr == "error: empty output file name (give a file, e.g. -o dagordning.md)\n"


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="no /dev/full")
@pytest.mark.parametrize("args", [["calendar", "export", "alla"], ["agenda", "kommunalt-forum"], ["meetings"],
                                  ["documents"]])
def test_standard_output_that_cannot_be_written_is_one_line(config: Path, args: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with open("/dev/full", "wb") as full:
        proc = subprocess.run([sys.executable, "-m", "planner.cli", "--config", str(config), *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, env=env, check=False, timeout=120)
    assert proc.stderr == "error: standard output: cannot write: No space left on device\n"
    assert proc.returncode == 2
