"""Email subscriptions and reminders."""
