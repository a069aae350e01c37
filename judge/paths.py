"""Where the judge finds its problems and its sandbox definition.

The judge is installed in editable mode from its repository, so both live beside
the package. JUDGE_PROBLEMS points at another problem bank (a course's own, say).
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SANDBOX_DIR = ROOT / "sandbox"


def problems_dirs() -> list[Path]:
    """The folders problems are read from: JUDGE_PROBLEMS' folders (separated by os.pathsep, as PATH's
    are: a course's private pack beside the bank), else the bank."""
    listed = [Path(entry).expanduser() for entry in os.environ.get("JUDGE_PROBLEMS", "").split(os.pathsep) if entry]
    return listed or [ROOT / "problems"]

