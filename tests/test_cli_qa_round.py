"""Defects found trying every command as a secretary or an operator would (exploratory QA of the CLI).

- A SQLite "database" that is another file (`file is not a database`), and a database whose Alembic
  revision this code does not know (made by a newer planner), failed every command with a traceback.
- A read-only database: `planner subscribe` and `planner user add` ended in a traceback, and
  `planner ingest` printed, for every file, the INSERT statement with its parameters (the whole
  text of the minutes) over many lines. A SQLite URI filename (`sqlite:///file:/p.db?mode=ro&uri=true`)
  also made a folder named `file:` in the working folder.
- A config file that is not UTF-8, or a folder given as PLANNER_CONFIG, gave a traceback.
- `planner mail test` with an outbox folder that cannot be made gave a traceback.
- `planner ingest ""` (`planner ingest "$MINUTES"` with the variable unset) ingested everything
  below the working folder.
- `planner user add` took an empty username, and adding an existing user kept the bodies it had
  (README: it "resets its password, role and bodies"), so a body could never be taken away.
- Ctrl-C during `planner ingest --jobs 2` printed a KeyboardInterrupt traceback from each worker process.
- `python -m planner.cli ...` did nothing (no `__main__` guard) and exited 0.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from planner.cli import cli

ROOT = Path(__file__).resolve().parent.parent


def _config(tmp_path: Path, url: str, extra: str = "") -> Path:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{url}"\ninstance_path = "{tmp_path / "instance"}"\n'
                      f'[mail]\nbackend = "outbox"\n{extra}', encoding="utf-8")
    return config


def _run(config: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--config", str(config), *args])


def _one_line(result: Result) -> str:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    [line] = result.stderr.strip().splitlines()
    return line


def test_a_file_that_is_not_a_database_is_one_line(tmp_path):
    not_a_db = tmp_path / "planner.sqlite3"
    not_a_db.write_bytes(b"\x00\x01 this is no SQLite file " * 200)
    result = _run(_config(tmp_path, f"sqlite:///{not_a_db}"), "meetings")
    assert result.exit_code == 2
    assert _one_line(result) == f"error: database sqlite:///{not_a_db}: cannot migrate: file is not a database"


def test_a_database_of_a_newer_planner_is_one_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'planner.sqlite3'}"
    config = _config(tmp_path, url)
    assert _run(config, "db", "upgrade").exit_code == 0
    with sqlite3.connect(tmp_path / "planner.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    result = _run(config, "meetings")
    assert result.exit_code == 2
    assert _one_line(result) == (f"error: database {url}: cannot migrate: Can't locate revision identified by "
                                 "'9999_from_the_future' (was it made by a newer version of the planner?)")


def test_a_read_only_database_is_one_line_per_file_and_per_command(tmp_path, seed, monkeypatch):
    db = tmp_path / "planner.sqlite3"
    assert _run(_config(tmp_path, f"sqlite:///{db}"), "ingest", str(seed("000"))).exit_code == 0
    monkeypatch.chdir(tmp_path)
    read_only = _config(tmp_path, f"sqlite:///file:{db}?mode=ro&uri=true")
    result = _run(read_only, "ingest", str(seed("000")), str(seed("001")))
    assert result.exit_code == 1
    assert result.stdout.strip() == "0 new, 0 updated, 1 unchanged, 1 failed"
    assert result.stderr.strip() == f"{seed('001')}: database: attempt to write a readonly database"
    for args in (["subscribe", "anna@kommun.se", "all"], ["user", "add", "anna", "--password", "hemligt-ord"]):
        result = _run(read_only, *args)
        assert result.exit_code == 2, args
        line = _one_line(result)
        assert line.startswith("error: database sqlite:///file") and line.endswith(
            ": attempt to write a readonly database"), line
    assert not (tmp_path / "file:").exists()


def test_a_config_file_that_cannot_be_read_as_toml_is_one_line(tmp_path):
    latin1 = tmp_path / "config.toml"
    latin1.write_bytes('[mail]\nsender = "Förum <a@b.se>"\n'.encode("latin-1"))
    result = _run(latin1, "meetings")
    assert result.exit_code == 2
    assert _one_line(result) == f"error: {latin1}:2: not valid TOML: not UTF-8 text"
    result = CliRunner().invoke(cli, ["meetings"], env={"PLANNER_CONFIG": str(tmp_path)})
    assert result.exit_code == 2
    assert _one_line(result) == f"error: {tmp_path}: cannot read config file: Is a directory"


def test_mail_test_into_an_outbox_that_cannot_be_made_is_one_line(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    config = _config(tmp_path, f"sqlite:///{tmp_path / 'planner.sqlite3'}", f'outbox = "{blocker / "outbox"}"\n')
    result = _run(config, "mail", "test", "anna@kommun.se")
    assert result.exit_code == 2
    assert _one_line(result) == (f"error: mail to anna@kommun.se not sent: outbox {blocker / 'outbox'}: "
                                 "cannot write: Not a directory")


def test_ingest_of_an_empty_path_is_refused(tmp_path, seed, monkeypatch):
    shutil.copy(seed("000"), tmp_path)
    monkeypatch.chdir(tmp_path)
    config = _config(tmp_path, f"sqlite:///{tmp_path / 'planner.sqlite3'}")
    result = _run(config, "ingest", "")
    assert result.exit_code == 2
    assert _one_line(result) == "error: '': empty path, expected a file, folder or glob"
    assert _run(config, "meetings").stdout.count("\n") == 2  # header and rule: nothing was ingested


def test_user_add_refuses_an_empty_name_and_resets_the_bodies(tmp_path):
    config = _config(tmp_path, f"sqlite:///{tmp_path / 'planner.sqlite3'}")
    assert _run(config, "ingest", str(ROOT / "seeds")).exit_code == 0
    empty = _run(config, "user", "add", " ", "--password", "hemligt-ord")
    assert empty.exit_code == 2
    assert _one_line(empty) == "error: user  : a username must not be empty"
    two = ("--body", "kommunalt-forum", "--body", "presidiekonferens-lans-gemensam-ledning")
    assert _run(config, "user", "add", "anna", *two, "--password", "hemligt-ord").exit_code == 0
    assert _run(config, "user", "list").stdout == (
        "anna\tsecretary\tactive\tkommunalt-forum, presidiekonferens-lans-gemensam-ledning\n")
    assert _run(config, "user", "add", "anna", "--body", "kommunalt-forum", "--password", "nytt-ord-1").exit_code == 0
    assert _run(config, "user", "list").stdout == "anna\tsecretary\tactive\tkommunalt-forum\n"
    assert _run(config, "user", "add", "Anna", "--role", "admin", "--password", "nytt-ord-2").exit_code == 0
    assert _run(config, "user", "list").stdout == "anna\tadmin\tactive\t\n"


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(entry.name))
    return out


# Ctrl-C while the spawned workers still import our modules (they printed KeyboardInterrupt tracebacks from
# their start), and while they extract (the pool's own thread printed an InvalidStateError on CPython 3.11
# when `pool.map` cancelled the futures that the dying workers' pool marked failed).
@pytest.mark.parametrize("settle", [0.0, 1.0], ids=["workers-starting", "workers-at-work"])
def test_ctrl_c_during_a_parallel_ingest_leaves_no_traceback_and_no_half_document(tmp_path, settle):
    folder = tmp_path / "minutes"
    folder.mkdir()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for n in range(300):  # enough work that the interrupt lands while the workers extract
        src = seeds[n % len(seeds)]
        (folder / f"{n:03}_{src.name}").write_text(src.read_text(encoding="utf-8") + f"\n\n(kopia {n})\n",
                                                    encoding="utf-8")
    db = tmp_path / "planner.sqlite3"
    config = _config(tmp_path, f"sqlite:///{db}")
    assert _run(config, "db", "upgrade").exit_code == 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    # A terminal's Ctrl-C signals the whole foreground process group: the command and its workers.
    proc = subprocess.Popen([sys.executable, "-m", "planner.cli", "--config", str(config), "ingest", "-j", "2",
                             str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while len(_children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(settle)  # 1 s: the workers have imported the extraction and are at work
        assert proc.poll() is None, "the ingest ended before it could be interrupted"
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.strip().splitlines()[-1] == "Aborted!"
    assert proc.returncode != 0
    with sqlite3.connect(db) as conn:
        orphans = conn.execute("SELECT count(*) FROM document d WHERE NOT EXISTS "
                               "(SELECT 1 FROM meeting m WHERE m.document_id = d.id)").fetchone()[0]
    assert orphans == 0


def test_python_dash_m_planner_cli_runs_the_command_line():
    # `python -m planner.cli --help` printed nothing and exited 0: the module had no `__main__` guard.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-m", "planner.cli", "--help"], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 0 and "Usage:" in result.stdout and "ingest" in result.stdout, result
