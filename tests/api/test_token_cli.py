"""`planner token add/list/revoke`: a token printed once works on the API until it is revoked."""

from __future__ import annotations

from click.testing import CliRunner

from tests.api.conftest import bearer
from tests.api.test_api import assert_problem


def test_token_add_list_revoke(tmp_path, database_url, client, rows, db):
    from planner.api.cli import token
    from planner.cli import PlannerGroup
    from planner.webmodels import User

    planner = PlannerGroup(name="planner", commands={"token": token})  # as planner.cli adds it

    db.add(User(username="Anna", name="Anna A", password_hash="-", role="admin"))
    db.commit()
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\n', encoding="utf-8")
    runner = CliRunner()

    added = runner.invoke(token, ["add", "anna", "--name", "diariet"], obj={"config_path": config})
    assert added.exit_code == 0, added.output
    secret = added.stdout.strip()
    assert secret.startswith("fp_") and len(secret) > 40
    url = f"/api/v1/carried/{rows.carry}"
    assert client.patch(url, json={"state": "closed"}, headers=bearer(secret)).status_code == 200

    listed = runner.invoke(token, ["list"], obj={"config_path": config})
    [line] = listed.stdout.splitlines()
    token_id, username, name, _created, used, state = line.split("\t")
    assert (username, name, state) == ("Anna", "diariet", "active") and used != "never"
    assert secret not in listed.output

    revoked = runner.invoke(token, ["revoke", token_id], obj={"config_path": config})
    assert revoked.exit_code == 0, revoked.output
    assert_problem(client.patch(url, json={"state": "open"}, headers=bearer(secret)), 401)

    unknown = runner.invoke(planner, ["token", "add", "nobody"], obj={"config_path": config})
    assert unknown.exit_code == 2 and unknown.stderr.startswith("error: user nobody: no such user")
