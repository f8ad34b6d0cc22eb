"""An id no row can have ended in a traceback instead of "no such ...": `planner token revoke
99999999999999999999` raised "OverflowError: Python int too large to convert to SQLite INTEGER" on SQLite,
and `planner token revoke 2147483648` or `planner withdraw 2147483648` raised PostgreSQL's "integer out
of range" (our ids are 32-bit there), with exit status 1. They are one line now, exit status 2."""

from __future__ import annotations

import pytest

from tests.test_storecli import run  # noqa: F401 (fixture)

OUT_OF_RANGE = ("2147483648", "9223372036854775808", "99999999999999999999", "0")


@pytest.mark.parametrize("token_id", OUT_OF_RANGE)
def test_revoking_a_token_id_out_of_range_is_no_such_token(run, token_id):  # noqa: F811
    result = run("token", "revoke", token_id)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: token {token_id}: no such token\n"


@pytest.mark.parametrize("document_id", OUT_OF_RANGE)
def test_withdrawing_a_document_id_out_of_range_is_no_such_document(run, document_id):  # noqa: F811
    result = run("withdraw", document_id)
    assert result.exit_code == 2, result.output
    assert result.stderr == f"error: no document with id {document_id}\n"
