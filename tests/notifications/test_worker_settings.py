"""The worker says at start when mail links cannot offer one-click unsubscribe (RFC 8058 needs https)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from notifications.worker import warn_plain_http
from planner.config import load_settings

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize(("env", "warned"), [
    ({}, True),  # the default: http://127.0.0.1:8000
    ({"PLANNER_WEB_BASE_URL": "http://planner.example.se"}, True),
    ({"PLANNER_WEB_BASE_URL": "https://planner.example.se"}, False),
])
def test_plain_http_base_url_is_warned_of(caplog, env, warned):
    caplog.set_level(logging.WARNING, logger="notifications.worker")
    assert warn_plain_http(load_settings(ROOT / "config.toml", env=env)) is warned
    messages = [r.getMessage() for r in caplog.records]
    assert bool(messages) is warned
    if warned:
        assert "RFC 8058" in messages[0] and "PLANNER_WEB_BASE_URL" in messages[0]
