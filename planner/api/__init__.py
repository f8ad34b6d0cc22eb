"""The JSON API blueprint (`bp`, mounted at /api/v1); see planner.api.views."""

from __future__ import annotations

from planner.api.views import bp

__all__ = ["bp"]
