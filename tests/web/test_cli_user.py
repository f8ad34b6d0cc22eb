"""`planner user add` / `planner user list`: argon2 hashes, roles and bodies, one-line errors."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import select

from planner.auth import find_user, verify_password
from planner.cli import cli
from planner.db import open_database
from planner.store import Body


def test_user_add_and_list(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.sqlite3'}"
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{url}"\ninstance_path = "{tmp_path / "instance"}"\n')
    _engine, factory = open_database(url)
    with factory() as s:
        s.add(Body(slug="kommunalt-forum", name="Kommunalt forum"))
        s.commit()
    runner = CliRunner()
    r = runner.invoke(cli, ["--config", str(config), "user", "add", "anna", "--body", "kommunalt-forum",
                            "--password", "ett-bra-lösenord"])
    assert r.exit_code == 0, r.output
    with factory() as s:
        user = find_user(s, "ANNA")
        assert user is not None and user.role == "secretary"
        assert user.password_hash.startswith("$argon2id$")
        assert verify_password(user, "ett-bra-lösenord") and not verify_password(user, "fel")
        assert [b.slug for b in user.bodies] == ["kommunalt-forum"]
        assert s.scalars(select(Body)).one().slug == "kommunalt-forum"
    r = runner.invoke(cli, ["--config", str(config), "user", "list"])
    assert r.exit_code == 0 and "anna\tsecretary\tactive\tkommunalt-forum" in r.output
    r = runner.invoke(cli, ["--config", str(config), "user", "add", "bo", "--body", "finns-inte",
                            "--password", "ett-bra-lösenord"])
    assert r.exit_code == 2 and r.output.strip() == "error: user bo: unknown body 'finns-inte'"
    r = runner.invoke(cli, ["--config", str(config), "user", "add", "bo", "--password", "kort"])
    assert r.exit_code == 2 and "at least 8 characters" in r.output
    _engine.dispose()
