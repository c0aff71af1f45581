"""A 200 MB upload stays under 1 GB of memory, even when it is one enormous line (a real
300 MB one-line CSV took 2.1 GB on its way to a refusal). Each file is imported in a child
process whose address space is capped with resource.setrlimit: were the cap reached, the import
would fail with MemoryError instead of the clear refusal the test expects."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from paths import ROOT

LIMIT = 1024**3
SIZE = 200 * 1024**2

CHILD = """
import json, resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from core import ingest
from core.store import Store
store = Store("sqlite:///" + sys.argv[2])
store.create_workspace("w")
data = Path(sys.argv[1]).read_bytes()  # what an upload hands over: the whole file as bytes
report = ingest.import_bytes(store, "w", "big.csv", data)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"error": report.error, "peak": peak}}))
"""


def one_line(path: Path, start: bytes, unit: bytes) -> Path:
    with path.open("wb") as fh:
        fh.write(start)
        block = unit * (1024**2 // len(unit))
        for _ in range(SIZE // len(block)):
            fh.write(block)
    return path


@pytest.mark.parametrize(
    ("start", "unit"),
    [
        (b"date,text\n2026-03-01,", b"x"),  # a header, then one 200 MB cell
        (b"", b"a,"),  # a 100-million-column first row (it took 9 GB and nine minutes)
    ],
    ids=["one-cell", "one-row-of-columns"],
)
def test_a_200_mb_one_line_csv_is_refused_under_1_gb(tmp_path: Path, start, unit) -> None:
    path = one_line(tmp_path / "big.csv", start, unit)
    child = subprocess.run(
        [sys.executable, "-c", CHILD.format(limit=LIMIT), str(path), str(tmp_path / "db")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert re.search(r"line [12] is longer than 8 MB", result["error"]), result["error"]
    assert result["peak"] < LIMIT
