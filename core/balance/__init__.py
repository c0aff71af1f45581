"""Balance: pure functions over the posts frame (ratio, consistency, ledger, findings)."""
