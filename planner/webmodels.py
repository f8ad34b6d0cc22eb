"""Tables of the web side (users, corrections, API tokens); owned by the web work."""

from __future__ import annotations
