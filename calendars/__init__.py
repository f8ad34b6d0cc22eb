"""iCalendar feeds built from the planner store."""
