"""A bad database URL, an unreachable database, or an agenda written into a missing folder gave tracebacks.

- `[database] url` that SQLAlchemy cannot parse, or whose database or driver is not installed
  (`bogus://`, `mysql://` without MySQLdb), failed inside `create_engine` with a traceback.
- A PostgreSQL server that refused the connection gave a two-line error (psycopg's hint line).
- `planner agenda ... -o FOLDER/FILE` into a missing folder failed with FileNotFoundError;
  `planner calendar export -o` already answered "cannot write" in one line.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import cli
from planner.db import make_engine
from planner.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(("url", "message"), [
    ("bogus://x", "[database] url 'bogus://x': database or driver not available"),
    ("mysql://anna:hemligt@db.example.se/planner",
     "[database] url 'mysql://anna:***@db.example.se/planner': database or driver not available"),
    ("inte en adress", "[database] url is not a database URL"),
    ("sqlite:////proc/ingen/planner.sqlite3", "cannot create its folder"),
])
def test_bad_database_url_is_a_config_error(url, message):
    with pytest.raises(ConfigError) as err:
        make_engine(url)
    assert message in str(err.value)
    assert "hemligt" not in str(err.value)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.parametrize("url", ["bogus://x", "mysql://anna:hemligt@db.example.se/planner", "inte en adress",
                                 "postgresql://anna:hemligt@127.0.0.1:{port}/planner"])
def test_cli_names_a_bad_or_unreachable_database_in_one_line(tmp_path, url):
    url = url.format(port=_free_port())
    result = CliRunner().invoke(cli, ["meetings"], env={"PLANNER_DATABASE_URL": url,
                                                        "PLANNER_CONFIG": str(ROOT / "config.toml")})
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and "hemligt" not in result.output
    [line] = result.output.strip().splitlines()
    assert line.startswith(("error: [database] url", "error: PLANNER_DATABASE_URL: [database] url",
                            "error: database postgresql+psycopg://anna:***@127.0.0.1:"))


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_agenda_into_a_missing_folder_is_one_line(tmp_path, database_url, fmt):
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path / "instance"}"\n',
                      encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--config", str(config), "ingest", str(ROOT / "seeds")]).exit_code == 0
    target = tmp_path / "saknas" / f"dagordning.{fmt}"
    result = runner.invoke(cli, ["--config", str(config), "agenda", "kommunalt-forum", "--date", "2020-05-08",
                                 "--format", fmt, "-o", str(target)])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"error: {target}: cannot write: No such file or directory"
    written = tmp_path / f"dagordning.{fmt}"
    ok = runner.invoke(cli, ["--config", str(config), "agenda", "kommunalt-forum", "--date", "2020-05-08",
                             "--format", fmt, "-o", str(written)])
    assert ok.exit_code == 0, ok.output
    assert written.stat().st_size > 0 and not written.with_name(written.name + ".tmp").exists()


def test_serve_on_a_taken_port_is_one_line(tmp_path, database_url):
    # waitress raised OSError ("Address already in use") with a traceback; a port out of range was taken.
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path / "instance"}"\n',
                      encoding="utf-8")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["--config", str(config), "serve", "--host", "127.0.0.1", "--port", str(port)])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"
    out_of_range = CliRunner().invoke(cli, ["--config", str(config), "serve", "--port", "70000"])
    assert out_of_range.exit_code == 2 and "70000 is not in the range 1<=x<=65535" in out_of_range.output


def test_serve_options_set_the_address_links_name(tmp_path):
    # `planner serve --port 8760` served there while pages and mails linked to [web] port (8000).
    from planner.config import load_settings
    from planner.webcli import serving_settings

    config = tmp_path / "config.toml"
    config.write_text("[web]\nport = 8000\n", encoding="utf-8")
    settings = load_settings(config, env={})
    assert serving_settings(settings, None, 8760).base_url == "http://127.0.0.1:8760"
    assert serving_settings(settings, "0.0.0.0", None).web.port == 8000
    config.write_text('[web]\nport = 8000\nbase_url = "https://planner.example.se/"\n', encoding="utf-8")
    assert serving_settings(load_settings(config, env={}), None, 8760).base_url == "https://planner.example.se"
