"""Event attributes: dates, places, quotes and the background (reported-only) flag."""
