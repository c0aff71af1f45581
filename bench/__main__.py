"""`make bench`: the speed and memory figures, printed as a table and written to
bench/results.json. Each step runs in its own process so its peak memory is its own.

A case is a workspace of synthetic posts (bench/workloads.py): an X archive of 1k, 10k or 100k
posts, and 100k posts from three sources at once; with GOODWILL_BENCH_POSTGRES set to a
PostgreSQL URL, the 100k X archive again on that server (in a schema of its own, dropped
after). Each case takes three steps, one process each: import (the files into a fresh
database, then the classification alone timed again), metrics (every figure the Balance page
computes, from the database's tallies and the posts without their text), balance_page (the
Balance page through AppTest: a first run warms the caches, the second is timed) and posts_page
(the Posts page's first screen through AppTest, its first run timed with cold caches, then a
rerun). The database lives in bench/results/ (not in git) or the schema from the first step to
the last. The 1M archive (STREAMED) is written to disk, imported from it as the command line
does, then takes the metrics, balance_page and posts_page steps too.
"""

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
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.json"
WORK = ROOT / "bench" / "results"
WORKSPACE = "bench"

# case -> the files of its workspace: (kind, posts)
CASES: dict[str, list[tuple[str, int]]] = {
    "x_archive_1k": [("x", 1_000)],
    "x_archive_10k": [("x", 10_000)],
    "x_archive_100k": [("x", 100_000)],
    "multi_source_100k": [("x", 60_000), ("linkedin", 35_000), ("feed", 5_000)],
}
STEPS = ("import", "metrics", "balance_page", "posts_page")
# A heavy account's archive on disk, imported as the command line does (read as a stream, stored
# in parts): case -> posts. Written by one process, imported by the next.
STREAMED: dict[str, int] = {"x_archive_1m": 1_000_000}
if os.environ.get("GOODWILL_BENCH_POSTGRES"):
    STREAMED["x_archive_1m_postgres"] = 1_000_000
TARGET_STREAMED_S = 120.0  # 1M posts imported and labelled
# After the import, on the same database: the Balance figures and the page, as for 100k.
STREAMED_STEPS = ("metrics", "balance_page", "posts_page")
POSTGRES_ENV = "GOODWILL_BENCH_POSTGRES"
if os.environ.get(POSTGRES_ENV):
    CASES["x_archive_100k_postgres"] = CASES["x_archive_100k"]
# Single figures kept from the first benchmark: name, size.
OTHERS: list[tuple[str, int]] = [
    ("import_linkedin_csv", 20_000),
    ("classify", 100_000),
    ("refit", 5_000),
    # `python -m core classify` over a million posts: one process, then a local Dask cluster.
    ("classify_cli_one_process", 1_000_000),
    ("classify_cli_dask_local", 1_000_000),
]

TARGET_IMPORT_S = 20.0  # 100k posts imported and classified
TARGET_BALANCE_S = 2.0  # the Balance page, warm, with 100k posts
TARGET_POSTS_S = 1.0  # the Posts page's first screen (cold caches) with 1M posts
TARGET_PEAK_MB = 1536.0  # any one step
TARGET_GROWTH = 12.0  # 100k costs at most 12 times 10k
TARGET_POSTGRES = 2.0  # the 100k import on PostgreSQL takes at most twice SQLite's time
TARGET_DASK_SPEEDUP = 1.5  # a local Dask cluster labels 1M posts 1.5 times as fast as one process


def _file(kind: str, n: int) -> tuple[str, bytes]:
    from bench import workloads

    if kind == "x":
        return "twitter-archive.zip", workloads.x_archive_zip(n)
    if kind == "linkedin":
        return "Shares.csv", workloads.linkedin_shares_csv(n)
    return "feed.xml", workloads.blog_feed(n)


def _database(case: str) -> str:
    if case.endswith("_postgres"):
        import sqlalchemy as sa

        url = sa.make_url(
            os.environ[POSTGRES_ENV].replace("postgresql://", "postgresql+psycopg://")
        )
        return url.update_query_dict({"options": f"-csearch_path={case}"}).render_as_string(False)
    return f"sqlite:///{WORK / case}.sqlite3"


def _fresh_database(case: str) -> None:
    """The case's database, emptied: its SQLite files deleted, or its PostgreSQL schema made anew
    (or only dropped, with create=False)."""
    _drop_database(case, create=True)


def _drop_database(case: str, create: bool = False) -> None:
    if not case.endswith("_postgres"):
        for suffix in ("", "-wal", "-shm"):
            (WORK / f"{case}.sqlite3{suffix}").unlink(missing_ok=True)
        return
    import sqlalchemy as sa

    engine = sa.create_engine(_database(case))
    with engine.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA IF EXISTS {case} CASCADE"))
        if create:
            conn.execute(sa.text(f"CREATE SCHEMA {case}"))
    engine.dispose()


def step_import(case: str) -> dict[str, float]:
    from core import ingest
    from core.classify import learning
    from core.classify.model import base_model
    from core.classify.verdict import Doc, classify
    from core.store import Store

    WORK.mkdir(parents=True, exist_ok=True)
    _fresh_database(case)
    files = [_file(kind, n) for kind, n in CASES[case]]
    base_model()  # trained once per process, as the app does; not part of the figure
    store = Store(_database(case))
    store.create_workspace(WORKSPACE)
    figures: dict[str, float] = {"import_seconds": 0.0}
    for name, data in files:
        start = time.perf_counter()
        report = ingest.import_bytes(store, WORKSPACE, name, data)
        seconds = time.perf_counter() - start
        if not report.ok:
            raise SystemExit(report.describe())
        figures["import_seconds"] += seconds
        if len(files) > 1:
            figures[f"import_{name}_seconds"] = seconds
    frame = store.posts(WORKSPACE)
    figures["posts"] = len(frame)
    # The classification inside that import, timed on its own: every post's verdict again.
    docs = [
        Doc(t, tuple(lk), k, s)
        for t, lk, k, s in zip(frame["text"], frame["links"], frame["kind"], frame["source"])
    ]
    model = learning.model_for(store, WORKSPACE)
    brand = store.settings(WORKSPACE).brand
    runs = []
    for _ in range(3 if len(docs) < 20_000 else 1):  # small ones are noise-sized: best of three
        start = time.perf_counter()
        classify(docs, brand, explain=False, model=model)
        runs.append(time.perf_counter() - start)
    figures["classify_seconds"] = min(runs)
    return figures


def step_generate(case: str) -> dict[str, float]:
    from bench import workloads

    WORK.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    workloads.write_x_archive(_archive(case), STREAMED[case])
    return {"seconds": time.perf_counter() - start, "zip_mb": _archive(case).stat().st_size / 1e6}


def _archive(case: str) -> Path:
    return WORK / f"{case.removesuffix('_postgres')}.zip"


def step_import_path(case: str) -> dict[str, float]:
    """The archive imported as `python -m core import` does, from the file on disk."""
    import sqlalchemy as sa

    from core import ingest
    from core.classify.model import base_model
    from core.store import Store, posts

    _fresh_database(case)
    base_model()
    store = Store(_database(case))
    store.create_workspace(WORKSPACE)
    start = time.perf_counter()
    report = ingest.import_path(store, WORKSPACE, _archive(case))
    seconds = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(report.describe())
    with store.engine.connect() as conn:
        count = conn.execute(sa.select(sa.func.count()).select_from(posts)).scalar_one()
    return {"import_seconds": seconds, "posts": count}


def step_metrics(case: str) -> dict[str, float]:
    """Every figure the Balance page works out, as it does: the tallies and the posts without
    their text from the database, then each figure, timed one by one."""
    import pandas as pd

    from core.balance import consistency, engagement, findings, ledger, metrics, pays
    from core.store import Store

    store = Store(_database(case))
    start = time.perf_counter()
    frame = store.figure_posts(WORKSPACE)
    figures: dict[str, float] = {"load_posts_seconds": time.perf_counter() - start}
    start = time.perf_counter()
    tally = store.tallies(WORKSPACE)
    figures["tallies_seconds"] = time.perf_counter() - start
    figures["tally_rows"] = len(tally)
    cfg = store.settings(WORKSPACE)
    now = pd.Timestamp.now(tz="UTC")
    rule = ledger.Rule.of(cfg)
    timed: dict[str, Any] = {}

    def timing(name: str, fn: Any, *args: Any) -> Any:
        start = time.perf_counter()
        result = fn(*args)
        timed[name] = time.perf_counter() - start
        return result

    live = timing("counted", metrics.counted, frame, cfg)
    counted = timing("counted_tally", metrics.counted, tally, cfg)
    timing("balance", metrics.balance, counted)
    weeks = timing("by_week", metrics.by_period, counted, "week", cfg.ratio)
    timing("by_month", metrics.by_period, counted, "month", cfg.ratio)
    timing("on_target_rate", consistency.on_target_rate, weeks)
    figured = timing("consistency", consistency.consistency, live, cfg, weeks)
    timing("rolling", consistency.rolling, live, cfg.rolling_window)
    timing("calendar", consistency.calendar, counted)
    book = timing("ledger_entries", ledger.entries, live, rule)
    timing("ledger_balance", ledger.balance_at, book, now, rule)
    by_source = timing("by_source", metrics.by_group, counted, "source")
    medians = timing("engagement", engagement.medians, live)
    days = timing("ledger_daily", ledger.daily, book, rule, now)
    facts = findings.Facts(live, cfg, figured, ledger.weekly(days), medians, by_source)
    timing("findings", findings.told, facts)
    figures["metrics_seconds"] = sum(timed.values())
    figures.update({f"{name}_seconds": seconds for name, seconds in timed.items()})
    # "Does giving pay?" (bootstrap intervals), timed apart: not part of the figures above.
    start = time.perf_counter()
    pays.pays(live)
    figures["pays_seconds"] = time.perf_counter() - start
    return figures


def step_balance_page(case: str) -> dict[str, float]:
    """The Balance page through AppTest (app.py, then pages/balance.py, the default page)."""
    os.environ["GOODWILL_DB"] = _database(case)
    from streamlit.testing.v1 import AppTest

    from core.classify.model import base_model

    base_model()  # the app trains it once per server (st.cache_resource); not part of a page
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    start = time.perf_counter()
    at.run()
    cold = time.perf_counter() - start
    if at.exception:
        raise SystemExit([e.value for e in at.exception])
    start = time.perf_counter()
    at.run()
    warm = time.perf_counter() - start
    if at.exception or at.title[0].value != "Balance":
        raise SystemExit("the Balance page did not render")
    return {"balance_cold_seconds": cold, "balance_warm_seconds": warm}


def step_posts_page(case: str) -> dict[str, float]:
    """The Posts page's first screen through AppTest (app.py, then pages/posts.py). Timed three
    ways: the first run in a fresh process, which imports the app's modules (once per server:
    the start-up figure); the first screen with every cache cold (Streamlit's caches cleared, a
    new Store), the target's figure, as a person opening the page of a workspace that changed
    meets it; and a rerun. The model is trained before, as for the Balance page."""
    os.environ["GOODWILL_DB"] = _database(case)
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    from core.classify.model import base_model

    base_model()

    def first_screen() -> tuple[AppTest, float]:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
        at.switch_page("pages/posts.py")  # the request asks for the Posts page itself
        start = time.perf_counter()
        at.run()
        seconds = time.perf_counter() - start
        if at.exception or not at.title or at.title[0].value != "Posts":
            raise SystemExit(f"the Posts page did not render: {[e.value for e in at.exception]}")
        return at, seconds

    _, first = first_screen()
    st.cache_data.clear()
    st.cache_resource.clear()
    at, cold = first_screen()
    rows = len(at.data_editor[0].value)
    start = time.perf_counter()
    at.run()
    warm = time.perf_counter() - start
    if at.exception:
        raise SystemExit([e.value for e in at.exception])
    return {"posts_first_run_seconds": first, "posts_cold_seconds": cold,
            "posts_warm_seconds": warm, "posts_rows": rows}  # fmt: skip


def run_other(name: str, size: int) -> dict[str, float]:
    """The first benchmark's single figures: a LinkedIn CSV import, classification alone, and
    relearning from a person's corrections."""
    from bench import workloads
    from core import ingest
    from core.classify.cues import Doc
    from core.classify.model import base_model, refit
    from core.classify.verdict import classify
    from core.settings import Brand
    from core.store import Store

    base_model()
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if name == "import_linkedin_csv":
            store = Store(f"sqlite:///{tmp}/bench.sqlite3")
            store.create_workspace(WORKSPACE)
            data = workloads.linkedin_shares_csv(size)
            start = time.perf_counter()
            report = ingest.import_bytes(store, WORKSPACE, "Shares.csv", data)
            figures["seconds"] = time.perf_counter() - start
            if not report.ok:
                raise SystemExit(report.error)
            figures["posts"] = sum(s.imported for s in report.summaries)
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
        elif name.startswith("classify_cli_"):
            figures.update(_classify_cli(name, size, Path(tmp)))
    return figures


def _classify_cli(name: str, size: int, tmp: Path) -> dict[str, float]:
    """`python -m core classify posts.parquet --out verdicts.parquet`, timed end to end (reading,
    labelling, writing) in its own process; with --engine dask, a local cluster of one worker
    process per core, its start-up included."""
    import pandas as pd

    from bench import workloads

    source, out = tmp / "posts.parquet", tmp / "verdicts.parquet"
    texts = workloads.post_texts(size)
    pd.DataFrame({"id": [f"p{i}" for i in range(size)], "text": texts}).to_parquet(source)
    command = [sys.executable, "-m", "core", "classify", str(source), "--out", str(out)]
    if name.endswith("dask_local"):
        command += ["--engine", "dask", "--workers", str(os.cpu_count() or 1)]
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    seconds = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "posts_per_second": size / seconds, "cli_peak_mb": children}


def run_one(kind: str, arg: str) -> dict[str, float]:
    """Runs in the child process."""
    steps = {"import": step_import, "metrics": step_metrics, "balance_page": step_balance_page,
             "posts_page": step_posts_page, "generate": step_generate,
             "import_path": step_import_path}  # fmt: skip
    figures = steps[kind](arg) if kind in steps else run_other(kind, int(arg))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures["peak_mb"] = usage.ru_maxrss / 1024
    # The processor time the step had: on a machine others share, the wall time alone misleads.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    figures["cpu_seconds"] = usage.ru_utime + usage.ru_stime
    figures["children_cpu_seconds"] = children.ru_utime + children.ru_stime
    return figures


def _child(kind: str, arg: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench", "--one", kind, arg],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode:
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": last, "stderr": out.stderr[-2000:]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def _verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        print(json.dumps(run_one(sys.argv[2], sys.argv[3])))
        return
    only = sys.argv[1:]  # `python -m bench x_archive_1k` runs only the cases named
    cases = [c for c in CASES if not only or c in only]
    rows: list[dict[str, Any]] = []
    head = f"{'case':18} {'posts':>7} {'import s':>9} {'classify s':>10} {'metrics s':>9}"
    print(f"{head} {'Balance warm s':>14} {'peak MB':>8}")
    for case in cases:
        row: dict[str, Any] = {"case": case, "files": CASES[case]}
        for step in STEPS:
            row[step] = _child(step, case)
            if "error" in row[step]:
                print(f"{case:18} {step} FAILED: {row[step]['error']}")
        rows.append(row)
        _drop_database(case)  # hundreds of MB at 100k posts; made again next run
        if any("error" in row[s] for s in STEPS):
            continue
        imp, met, page = row["import"], row["metrics"], row["balance_page"]
        row["peak_mb"] = max(row[s]["peak_mb"] for s in STEPS)
        print(
            f"{case:18} {imp['posts']:>7,.0f} {imp['import_seconds']:>9.2f} "
            f"{imp['classify_seconds']:>10.2f} {met['metrics_seconds']:>9.2f} "
            f"{page['balance_warm_seconds']:>14.2f} {row['peak_mb']:>8.0f}"
        )
    for row in rows:  # the peak of each step, for reading the table above
        if all("error" not in row[s] for s in STEPS):
            peaks = ", ".join(f"{s} {row[s]['peak_mb']:.0f} MB" for s in STEPS)
            cold = row["balance_page"]["balance_cold_seconds"]
            print(f"  {row['case']}: peak {peaks}; Balance page's first run {cold:.2f} s")
            page = row["posts_page"]
            print(f"  {row['case']}: Posts page's first screen {page['posts_cold_seconds']:.2f} s "
                  f"(cold caches), rerun {page['posts_warm_seconds']:.2f} s; first run in a "
                  f"fresh process {page['posts_first_run_seconds']:.2f} s")  # fmt: skip

    targets = _targets(rows)
    for line in targets:
        print(line["text"])
    streamed = _streamed([c for c in STREAMED if not only or c in only])
    rows.extend(streamed)
    for row in streamed:
        targets.extend(row["targets"])

    others = []
    wanted = [(name, size) for name, size in OTHERS if not only or name in only]
    if wanted:
        print(f"\n{'other':24} {'size':>9} {'seconds':>8} {'peak MB':>8}  other")
        for name, size in wanted:
            figures = _child(name, str(size))
            others.append({"workload": name, "size": size, **figures})
            if "error" in figures:
                print(f"{name:24} {size:>9}  FAILED: {figures['error']}")
                continue
            rest = {k: round(v, 3) for k, v in figures.items() if k not in ("seconds", "peak_mb")}
            print(
                f"{name:24} {size:>9} {figures['seconds']:>8.2f} {figures['peak_mb']:>8.0f}  {rest}"
            )
        for line in _dask_target(others):
            targets.append(line)
            print(line["text"])

    machine = {"cpus": os.cpu_count(), "python": platform.python_version(),
               "platform": platform.platform()}  # fmt: skip
    at = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    results = {"machine": machine, "at": at, "cases": rows, "targets": targets, "others": others}
    RESULTS.write_text(json.dumps(results, indent=2))
    print(f"written to {RESULTS.relative_to(ROOT)}")


def _streamed(cases: list[str]) -> list[dict[str, Any]]:
    """The 1M-post archive: written once, imported on each database named."""
    rows = []
    made: set[Path] = set()
    for case in cases:
        row: dict[str, Any] = {"case": case, "posts": STREAMED[case], "targets": []}
        if _archive(case) not in made:
            row["generate"] = _child("generate", case)
            made.add(_archive(case))
        row["import_path"] = imp = _child("import_path", case)
        if "error" not in imp:
            for step in STREAMED_STEPS:
                row[step] = _child(step, case)
        _drop_database(case)
        rows.append(row)
        if "error" in imp:
            print(f"{case}: FAILED: {imp['error']}")
            continue
        print(f"{case}: {imp['posts']:,.0f} posts imported and labelled from the archive on "
              f"disk in {imp['import_seconds']:.1f} s ({imp['cpu_seconds']:.0f} s of processor "
              f"time), peak {imp['peak_mb']:.0f} MB")  # fmt: skip
        for name, value, limit, text in (
            ("import", imp["import_seconds"], TARGET_STREAMED_S,
             f"{imp['import_seconds']:.1f} s <= {TARGET_STREAMED_S:g} s"),
            ("peak memory", imp["peak_mb"], TARGET_PEAK_MB,
             f"peak {imp['peak_mb']:.0f} MB <= {TARGET_PEAK_MB:g} MB"),
            *_streamed_pages(row),
        ):  # fmt: skip
            met = value <= limit
            line = f"target {case} {name}: {text}: {_verdict(met)}"
            row["targets"].append({"target": f"{case} {name}", "value": round(value, 3),
                                   "limit": limit, "met": met, "text": line})  # fmt: skip
            print(line)
        row["targets"] += _posts_target(case, row["posts_page"])
    for path in made:
        path.unlink(missing_ok=True)
    return rows


def _posts_target(case: str, page: dict[str, Any]) -> list[dict[str, Any]]:
    if "error" in page:
        print(f"{case}: Posts page FAILED: {page['error']}")
        return []
    cold, warm = page["posts_cold_seconds"], page["posts_warm_seconds"]
    rows, peak = page["posts_rows"], page["peak_mb"]
    print(f"{case}: Posts page's first screen {cold:.2f} s with cold caches ({rows:.0f} rows), "
          f"rerun {warm:.2f} s, peak {peak:.0f} MB; first run in a fresh process (the app's "
          f"imports) {page['posts_first_run_seconds']:.2f} s")  # fmt: skip
    met = cold <= TARGET_POSTS_S
    line = (f"target Posts page first screen at 1M <= {TARGET_POSTS_S:g} s ({case}): "
            f"{cold:.2f} s: {_verdict(met)}")  # fmt: skip
    print(line)
    return [{"target": f"{case} Posts page first screen", "value": round(cold, 3),
             "limit": TARGET_POSTS_S, "met": met, "text": line}]  # fmt: skip


def _streamed_pages(row: dict[str, Any]) -> list[tuple[str, float, float, str]]:
    """The streamed case's page targets, where its steps ran (an error is printed instead)."""
    found = []
    for step in ("metrics", "balance_page"):  # posts_page: _posts_target
        if "error" in row[step]:
            print(f"{row['case']} {step}: FAILED: {row[step]['error']}")
    met, page = row["metrics"], row["balance_page"]
    if "error" not in met:
        load, tallies = met["load_posts_seconds"], met["tallies_seconds"]
        print(f"{row['case']}: Balance figures {met['metrics_seconds']:.1f} s after loading "
              f"{load:.1f} s (posts without text) and {tallies:.1f} s (tallies), "
              f"peak {met['peak_mb']:.0f} MB")  # fmt: skip
    if "error" not in page:
        warm, cold = page["balance_warm_seconds"], page["balance_cold_seconds"]
        print(f"{row['case']}: Balance page first run {cold:.1f} s, warm {warm:.2f} s, "
              f"peak {page['peak_mb']:.0f} MB")  # fmt: skip
        found.append(("Balance warm", warm, TARGET_BALANCE_S,
                      f"{warm:.2f} s <= {TARGET_BALANCE_S:g} s"))  # fmt: skip
        found.append(("Balance page peak memory", page["peak_mb"], TARGET_PEAK_MB,
                      f"peak {page['peak_mb']:.0f} MB <= {TARGET_PEAK_MB:g} MB"))  # fmt: skip
    return found


def _dask_target(others: list[dict[str, Any]]) -> list[dict[str, Any]]:
    runs = {o["workload"]: o for o in others if "error" not in o}
    one, dask = runs.get("classify_cli_one_process"), runs.get("classify_cli_dask_local")
    if not one or not dask:
        return []
    speedup = one["seconds"] / dask["seconds"]
    met = speedup >= TARGET_DASK_SPEEDUP
    text = (f"target 1M posts labelled on a local Dask cluster {speedup:.2f}x one process "
            f">= {TARGET_DASK_SPEEDUP:g}x: {_verdict(met)}")  # fmt: skip
    return [{"target": "Dask speed-up", "value": round(speedup, 3),
             "limit": TARGET_DASK_SPEEDUP, "met": met, "text": text}]  # fmt: skip


def _targets(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each target: the figure, the limit, met or not, and a line to print."""
    ok = {r["case"]: r for r in rows if all("error" not in r[s] for s in STEPS)}
    out: list[dict[str, Any]] = []

    def add(name: str, value: float, limit: float, text: str) -> None:
        met = value <= limit
        out.append({"target": name, "value": round(value, 3), "limit": limit, "met": met,
                    "text": f"target {text}: {_verdict(met)}"})  # fmt: skip

    for case in ("x_archive_100k", "multi_source_100k"):
        if case in ok:
            seconds = ok[case]["import"]["import_seconds"]
            text = f"{case}: imported and classified in {seconds:.1f} s <= {TARGET_IMPORT_S:g} s"
            add(f"{case} import", seconds, TARGET_IMPORT_S, text)
            warm = ok[case]["balance_page"]["balance_warm_seconds"]
            add(f"{case} Balance warm", warm, TARGET_BALANCE_S,
                f"{case}: Balance page warm {warm:.2f} s <= {TARGET_BALANCE_S:g} s")  # fmt: skip
    if ok:
        peak = max(r["peak_mb"] for r in ok.values())
        add("peak memory", peak, TARGET_PEAK_MB,
            f"peak memory of any step {peak:.0f} MB <= {TARGET_PEAK_MB:g} MB")  # fmt: skip
    if "x_archive_100k" in ok and "x_archive_100k_postgres" in ok:
        lite = ok["x_archive_100k"]["import"]["import_seconds"]
        pg = ok["x_archive_100k_postgres"]["import"]["import_seconds"]
        add("PostgreSQL import", pg / lite, TARGET_POSTGRES,
            f"100k import on PostgreSQL {pg:.1f} s, {pg / lite:.2f}x SQLite's <= "
            f"{TARGET_POSTGRES:g}x")  # fmt: skip
    if "x_archive_10k" in ok and "x_archive_100k" in ok:
        small, large = ok["x_archive_10k"], ok["x_archive_100k"]
        for label, step, key in (
            ("import", "import", "import_seconds"),
            ("metrics", "metrics", "metrics_seconds"),
            ("Balance warm", "balance_page", "balance_warm_seconds"),
        ):
            growth = large[step][key] / max(small[step][key], 1e-9)
            add(f"growth {label}", growth, TARGET_GROWTH,
                f"10k -> 100k {label}: {growth:.1f}x <= {TARGET_GROWTH:g}x")  # fmt: skip
    return out


if __name__ == "__main__":
    main()
