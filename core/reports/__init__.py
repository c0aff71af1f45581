"""Reports: what leaves the app (Altair charts, the posts CSV and JSON summary, the HTML report)."""
