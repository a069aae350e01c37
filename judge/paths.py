"""Where the judge finds its problems and its sandbox definition.

The judge is installed in editable mode from its repository, so both live beside
the package. JUDGE_PROBLEMS points at another problem bank (a course's own, say).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SANDBOX_DIR = ROOT / "sandbox"


def problems_dirs() -> list[Path]:
    """The folders problems are read from: JUDGE_PROBLEMS' folders (separated by os.pathsep, as PATH's
    are: a course's private pack beside the bank), else the bank."""
    listed = [Path(entry).expanduser() for entry in os.environ.get("JUDGE_PROBLEMS", "").split(os.pathsep) if entry]
    return listed or [ROOT / "problems"]


def use_worker_modules() -> None:
    """Make `judge_worker` (under sandbox/) importable on the host."""
    path = str(SANDBOX_DIR)
    if path not in sys.path:
        sys.path.insert(0, path)


use_worker_modules()
