"""Forum planner: Swedish minutes in, agendas, calendar feeds and reminders out."""

__version__ = "0.1.0"
