"""`planner documents` lists the stored minutes with their ids; `planner withdraw ID` takes one back."""

from __future__ import annotations

from tests.carry_minutes import APRIL, MARCH, write_minutes
from tests.test_storecli import run  # noqa: F401 (fixture)


def test_documents_then_withdraw_the_latest_minutes(run, tmp_path):  # noqa: F811
    write_minutes(tmp_path, "mars.txt", MARCH)
    write_minutes(tmp_path, "april.txt", APRIL)
    assert run("ingest", str(tmp_path / "mars.txt"), str(tmp_path / "april.txt")).exit_code == 0
    listed = run("documents", "Föreningen Ekbacken")
    assert listed.exit_code == 0, listed.output
    rows = [line.split() for line in listed.stdout.splitlines()[2:]]
    assert [(r[-4], r[-3]) for r in rows] == [("2024-03-12", "mars.txt"), ("2024-04-09", "april.txt")]
    april_id = rows[1][0]

    result = run("withdraw", april_id)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("on 2024-04-09: planned again (other minutes announced it)")
    assert "april.txt" not in run("documents").stdout
    meetings = run("meetings").stdout
    assert "2024-04-09" in meetings and "held" not in meetings.split("2024-04-09")[1].splitlines()[0]


def test_withdraw_of_an_unknown_document_is_one_line_and_exit_2(run):  # noqa: F811
    result = run("withdraw", "999")
    assert result.exit_code == 2
    assert result.stderr == "error: no document with id 999\n"
