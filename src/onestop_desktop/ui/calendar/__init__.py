"""일정: the calendar window (week and day views, per person or the team) and the appointment dialog."""
