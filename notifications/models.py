"""Tables of the notifications package (subscriptions, outbox); owned by the reminders work."""

from __future__ import annotations
