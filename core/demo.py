"""The built-in demo workspace, seeded from data/demo through the ordinary import path."""

from __future__ import annotations

import json
from pathlib import Path

from core import ingest
from core.settings import Brand, Settings
from core.store import Store

DEMO_DIR = Path(__file__).resolve().parent.parent / "data" / "demo"
DEMO_WORKSPACE = "Demo: Fernhill Coffee"
DEMO_FILES = ("blog.xml", "tweets.js")


def seed(store: Store) -> str:
    brand = Brand.from_dict(json.loads((DEMO_DIR / "brand.json").read_text(encoding="utf-8")))
    name = store.create_workspace(DEMO_WORKSPACE, Settings(brand=brand))
    for file in DEMO_FILES:
        report = ingest.import_path(store, name, DEMO_DIR / file)
        if not report.ok:
            raise RuntimeError(f"the demo data is broken: {report.describe()}")
    return name
