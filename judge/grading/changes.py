"""`--changed-since REF`: only the files a branch changed, as git sees them.

The comparison is from the merge base of REF and HEAD to the working tree, so on a
pull request against origin/main it is what the branch changed, not what main
gained meanwhile; untracked files count as changed (a new solution not yet committed).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Sequence

from judge.errors import JudgeError
from judge.grading.discovery import Solution
from judge.grading.errors import UsageError


def changed_since(folder: Path, ref: str) -> set[Path]:
    """Absolute, resolved paths of the files changed since `ref` in the git repository holding `folder`."""
    folder = folder if folder.is_dir() else folder.parent
    top = Path(_git(folder, "rev-parse", "--show-toplevel").strip())
    base = _git(folder, "merge-base", ref, "HEAD").strip()
    changed = _git(folder, "diff", "--name-only", "-z", base, "--").split("\0")
    untracked = _git(folder, "ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/").split("\0")
    return {(top / name).resolve() for name in changed + untracked if name}


def only_changed(solutions: Sequence[Solution], paths: Sequence[Path], ref: str) -> list[Solution]:
    """The solutions among `paths` that changed since `ref`."""
    changed: set[Path] = set()
    for path in paths:
        changed |= changed_since(Path(path), ref)
    return [solution for solution in solutions if solution.path.resolve() in changed]


def _git(folder: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise JudgeError("--changed-since needs git, and no git command was found") from None
    except subprocess.TimeoutExpired:
        raise JudgeError(f"git {args[0]} did not finish within 60 s in {folder}") from None
    if done.returncode != 0:
        message = (done.stderr.strip().splitlines() or ["failed"])[-1]
        if "not a git repository" in message:
            raise UsageError(f"--changed-since: {folder} is not in a git repository")
        if args[0] == "merge-base":
            raise UsageError(f"--changed-since {args[1]}: git knows no such commit, or it shares no history "
                             "with HEAD (in CI, check out with fetch-depth: 0)")
        raise UsageError(f"--changed-since: git {args[0]}: {message}")
    return done.stdout
