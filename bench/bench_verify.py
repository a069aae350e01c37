"""`judge verify` with each next known submission's container started ahead (Sandbox.keep_warm) beside
the same verify without it (the judge package of a baseline commit, before keep_warm), in pairs.

    python bench/bench_verify.py [BASELINE_COMMIT] [PAIRS]

Prints the wall time of each pair and the median ratio new/baseline; CPU time is the same (the
containers are the engine's work), so the figure is wall time, where CI's budget is counted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ["two-sum", "climbing-stairs", "valid-palindrome", "merge-intervals"]


def wall(command: list[str], env: dict | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> None:
    baseline = sys.argv[1] if len(sys.argv) > 1 else "ca2eddd"
    pairs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    import os

    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "archive", baseline, "judge"], cwd=ROOT, capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", folder], input=archive.stdout, check=True)
        command = [sys.executable, "-m", "judge.program", "verify", "-j", "1", "--color", "never", *PROBLEMS]
        old_env = dict(os.environ, PYTHONPATH=folder)
        wall(command)  # warm-up: cases and expected answers cached, image layers in the page cache
        ratios = []
        for _ in range(pairs):
            new, old = wall(command), wall(command, old_env)
            ratios.append(new / old)
            print(f"keep_warm {new:.1f} s   baseline {old:.1f} s   ratio {new / old:.2f}")
        print(f"median ratio {statistics.median(ratios):.2f} over {pairs} pairs ({', '.join(PROBLEMS)})")


if __name__ == "__main__":
    main()
