"""Where the tests find the repository and the shared folder beside it (absent in a clone)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# Licensed real sample files, copied from shared/fixtures with their sources and licences.
FIXTURES = ROOT / "tests" / "fixtures"
