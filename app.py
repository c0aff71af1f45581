"""Goodwill Ledger: the entry point; page config, picker and navigation live in ui/entry.py."""

from ui.entry import main

main()
