"""What the pages share: the store, the current workspace, cached loaders, plain-text helpers."""
