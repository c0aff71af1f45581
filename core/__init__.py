"""Goodwill Ledger core: pure Python, no UI. Pages and the CLI are thin edges over it."""
