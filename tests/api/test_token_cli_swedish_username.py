"""`planner token add` finds a user whose name begins with Å, Ä or Ö, as the login page does on PostgreSQL.

The bug: users are found case-insensitively as `lower(username) = <the name lower-cased in Python>`.
SQLite's lower() folds ASCII letters only, so on SQLite (the default database) "Åsa" stayed "Åsa"
in SQL and never equalled "åsa": `planner user add Åsa` worked, `planner token add Åsa` answered
"no such user", and Åsa could not log in to the secretary pages.
"""

from __future__ import annotations

from click.testing import CliRunner

from tests.api.conftest import bearer


def test_token_for_a_user_named_with_a_swedish_capital(tmp_path, database_url, client, rows, db):
    from planner.api.cli import token
    from planner.auth import find_user
    from planner.webmodels import User

    db.add(User(username="Åsa", name="Åsa Öberg", password_hash="-", role="admin"))
    db.commit()
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\n', encoding="utf-8")

    added = CliRunner().invoke(token, ["add", "Åsa"], obj={"config_path": config})
    assert added.exit_code == 0, added.output
    secret = added.stdout.strip()
    response = client.patch(f"/api/v1/carried/{rows.carry}", json={"state": "closed"}, headers=bearer(secret))
    assert response.status_code == 200
    for spelling in ("Åsa", "åsa", "ÅSA"):
        found = find_user(db, spelling)
        assert found is not None and found.name == "Åsa Öberg"
