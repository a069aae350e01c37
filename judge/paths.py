"""Where the judge finds its problems and its sandbox definition.

The judge is installed in editable mode from its repository, so both live beside
the package. JUDGE_PROBLEMS points at another problem bank (a course's own, say).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SANDBOX_DIR = ROOT / "sandbox"


def problems_dir() -> Path:
    return Path(os.environ.get("JUDGE_PROBLEMS") or ROOT / "problems")


def use_worker_modules() -> None:
    """Make `judge_worker` (under sandbox/) importable on the host."""
    path = str(SANDBOX_DIR)
    if path not in sys.path:
        sys.path.insert(0, path)


use_worker_modules()
