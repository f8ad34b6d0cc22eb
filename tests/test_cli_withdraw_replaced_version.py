"""`planner withdraw ID` of a version that was replaced named the next version, not the one in force.

With three versions of the same minutes stored (1 replaced by 2, replaced by 3), `planner withdraw 1` said
"withdraw that one" of document 2, which answered the same about document 3: the user went round the versions
one refusal at a time. It names the version in force.
"""

from __future__ import annotations

from tests.test_storecli import run  # noqa: F401 (fixture)


def test_withdraw_of_an_old_version_names_the_version_in_force(run, tmp_path, seed):  # noqa: F811
    text = seed("000").read_text(encoding="utf-8")
    for n in (1, 2, 3):
        (tmp_path / f"version{n}.txt").write_text(text + f"\n\nÖvrigt: rättelse {n}\n", encoding="utf-8")
        assert run("ingest", str(tmp_path / f"version{n}.txt")).exit_code == 0
    rows = [line.split() for line in run("documents").stdout.splitlines()[2:]]
    ids = {name: r[0] for r in rows for name in r if name.startswith("version")}
    first, last = ids["version1.txt"], ids["version3.txt"]
    for old in (first, ids["version2.txt"]):
        result = run("withdraw", old)
        assert result.exit_code == 2
        assert result.stderr == (f"error: document {old} was replaced by a corrected version, document {last}: "
                                 "withdraw that one\n")
