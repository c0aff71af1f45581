"""`make bench`: the speed and memory figures, printed as a table and written to
bench/results.json. Each workload runs in its own process so its peak memory is its own."""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
# name, size, what it measures
WORKLOADS: list[tuple[str, int]] = [
    ("import_x_zip", 1_000),
    ("import_x_zip", 10_000),
    ("import_x_zip", 100_000),
    ("import_linkedin_csv", 20_000),
    ("classify", 100_000),
    ("refit", 5_000),
]


def run_one(name: str, size: int) -> dict[str, float]:
    """Runs in the child process: one workload on a fresh database."""
    from bench import workloads
    from core import ingest, learning
    from core.classify import classify
    from core.cues import Doc
    from core.model import base_model, refit
    from core.settings import Brand
    from core.store import Store

    base_model()  # trained once per process, as the app does; not part of the figure
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/bench.sqlite3")
        store.create_workspace("bench")
        if name in ("import_x_zip", "import_linkedin_csv"):
            data = (
                workloads.x_archive_zip(size)
                if name == "import_x_zip"
                else workloads.linkedin_shares_csv(size)
            )
            filename = "twitter-archive.zip" if name == "import_x_zip" else "Shares.csv"
            start = time.perf_counter()
            report = ingest.import_bytes(store, "bench", filename, data)
            figures["seconds"] = time.perf_counter() - start
            if not report.ok:
                raise SystemExit(report.error)
            figures["posts"] = sum(s.imported for s in report.summaries)
            start = time.perf_counter()
            store.posts("bench")
            figures["load_posts_seconds"] = time.perf_counter() - start
        elif name == "classify":
            docs = [Doc(t) for t in workloads.post_texts(size)]
            start = time.perf_counter()
            classify(docs, Brand(domains=("example.com",)), explain=False)
            figures["seconds"] = time.perf_counter() - start
            figures["posts_per_second"] = size / figures["seconds"]
            start = time.perf_counter()
            classify(docs[:50], Brand(domains=("example.com",)), explain=True)
            figures["explain_50_seconds"] = time.perf_counter() - start
        elif name == "refit":
            # A person's corrections: mostly the model's own labels, one in seven flipped.
            docs = [Doc(t) for t in workloads.post_texts(size, seed=11)]
            guesses = base_model().predict_proba(docs, Brand())
            labelled = [
                (doc, "ask" if (p >= 0.5) != (i % 7 == 0) else "give")
                for i, (doc, p) in enumerate(zip(docs, guesses))
            ]
            start = time.perf_counter()
            refit(base_model(), labelled, Brand())
            figures["seconds"] = time.perf_counter() - start
        del learning
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


TARGETS = {
    ("import_x_zip", 100_000): ("seconds", 20.0),
    ("classify", 100_000): ("posts_per_second", 10_000.0),
    ("refit", 5_000): ("seconds", 1.0),
}


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        print(json.dumps(run_one(sys.argv[2], int(sys.argv[3]))))
        return
    rows = []
    print(f"{'workload':22} {'size':>8} {'seconds':>8} {'peak MB':>8}  other")
    for name, size in WORKLOADS:
        out = subprocess.run(
            [sys.executable, "-m", "bench", "--one", name, str(size)],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        if out.returncode:
            print(f"{name:22} {size:>8}  FAILED: {out.stderr.strip().splitlines()[-1:]}")
            rows.append({"workload": name, "size": size, "error": out.stderr[-2000:]})
            continue
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        other = {k: round(v, 3) for k, v in figures.items() if k not in ("seconds", "peak_mb")}
        target = TARGETS.get((name, size))
        verdict = ""
        if target:
            key, limit = target
            ok = figures[key] >= limit if key == "posts_per_second" else figures[key] <= limit
            sign = ">=" if key == "posts_per_second" else "<="
            verdict = f"  target {key} {sign} {limit:g}: {'met' if ok else 'MISSED'}"
        seconds, peak = figures["seconds"], figures["peak_mb"]
        print(f"{name:22} {size:>8} {seconds:>8.2f} {peak:>8.0f}  {other}{verdict}")
        rows.append({"workload": name, "size": size, **figures})
    scale = {
        r["size"]: r["seconds"]
        for r in rows
        if r.get("workload") == "import_x_zip" and "seconds" in r
    }
    if 10_000 in scale and 100_000 in scale:
        print(f"growth 10k -> 100k import: {scale[100_000] / scale[10_000]:.1f}x (target <= 12x)")
    machine = {"cpus": os.cpu_count(), "python": platform.python_version()}
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    RESULTS.write_text(json.dumps({"machine": machine, "at": at, "results": rows}, indent=2))
    print(f"written to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
