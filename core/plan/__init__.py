"""Plan: drafts and planned calendars checked before publishing (checks, planned posts, schedulers'
files, platform limits, readability, iCalendar)."""
