"""A tiny JSON web service using only the standard library."""
