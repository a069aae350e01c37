"""Does `judge run` still gain from an early container start? (issue 16, part 5)

    python bench/run_bench.py --only early-start [--repeats 21]
    python bench/bench_early_start.py [--repeats 21] [--baseline REV]

Until issue 16, `judge run` forked a process before click parsed its arguments, which
imported the docker SDK and reached the engine while the judge imported itself, then
created and started the container (judge/backends/forked.py). The plain path makes its
DockerSandbox once the problem is loaded and opens the session in the background while the
cases load. The early start was to stay only if it bought more than 0.1 s.

The baseline is the last revision with the early start (by default the parent of the
commit that removed judge/backends/forked.py); its judge/, sandbox/ and the problem are
exported with `git archive` to a temporary folder, and it runs with that folder first on
sys.path, by this checkout's Python. Both run the same command, `judge run PROBLEM
reference.py --sandbox docker --json --no-complexity`, each in a new process, in turn
(baseline, then this checkout) after a warm-up of each, so each pair sees the same moment
of a shared machine; the gain is the median of the pairs' differences. Each revision's
image is built first (`judge sandbox build`, a no-op when it exists).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBLEM = "two-sum"
PROGRAM = "from judge.program import program; program()"  # what the installed `judge` script runs
THRESHOLD_S = 0.1


def baseline_revision() -> str:
    removed = subprocess.run(["git", "-C", str(ROOT), "rev-list", "-1", "HEAD", "--", "judge/backends/forked.py"],
                             capture_output=True, text=True, check=True).stdout.strip()
    return f"{removed}^"


def export(revision: str, folder: Path) -> None:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "judge", "sandbox", f"problems/{PROBLEM}"],
                             capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)


def judge(tree: Path, *arguments: str, **how) -> subprocess.CompletedProcess:
    """`judge ARGUMENTS` as `tree` has it (run from there: `python -c` puts the working folder first on sys.path)."""
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{tree / 'sandbox'}")
    return subprocess.run([sys.executable, "-c", PROGRAM, *arguments], env=env, cwd=tree, **how)


def run_seconds(tree: Path) -> float:
    started = time.perf_counter()
    done = judge(tree, "run", PROBLEM, str(tree / "problems" / PROBLEM / "reference.py"), "--sandbox", "docker",
                 "--json", "--no-complexity", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, f"judge run from {tree} exited {done.returncode}"
    return elapsed


def section(repeats: int, baseline: str | None = None) -> str:
    baseline = baseline or baseline_revision()
    label = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", baseline], capture_output=True,
                           text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory(prefix="judge-bench-early-") as folder:
        early = Path(folder)
        export(baseline, early)
        for tree in (early, ROOT):
            judge(tree, "sandbox", "build", check=True, stdout=subprocess.DEVNULL)
        load_before = os.getloadavg()
        run_seconds(early)
        run_seconds(ROOT)
        pairs = [(run_seconds(early), run_seconds(ROOT)) for _ in range(repeats)]
        load_after = os.getloadavg()
    early_s = statistics.median(a for a, _ in pairs)
    plain_s = statistics.median(b for _, b in pairs)
    gains = sorted(b - a for a, b in pairs)
    gain = statistics.median(gains)
    quartiles = statistics.quantiles(gains, n=4) if len(gains) > 1 else [gain, gain, gain]
    verdict = "kept" if gain > THRESHOLD_S else "dropped"
    return "\n".join([
        "## The early container start of `judge run` (issue 16)",
        "",
        f"`judge run {PROBLEM} reference.py --sandbox docker --json --no-complexity`, a new process each time,",
        f"{repeats} pairs after a warm-up: the last revision with the early start (a process forked before",
        f"click parsed argv; `{label}`) against this checkout (the plain path: one DockerSandbox, its",
        "session opened in the background while the cases load).",
        "",
        "| | median s |",
        "| --- | --- |",
        f"| early start (baseline) | {early_s:.3f} |",
        f"| plain path (this checkout) | {plain_s:.3f} |",
        f"| what the early start buys: the pairs' differences, median (quartiles) | "
        f"**{gain:.3f}** ({quartiles[0]:.3f} to {quartiles[2]:.3f}) |",
        "",
        f"Rule: keep the early start only if it buys more than {THRESHOLD_S} s: **{verdict}**. Load average "
        f"(1 min) {load_before[0]:.1f} before, {load_after[0]:.1f} after, on {os.cpu_count()} cores: the fork "
        "overlaps the docker SDK's import (~0.12 s of CPU) with the judge's own only when a core is free.",
        "",
    ])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=21)
    parser.add_argument("--baseline", help="a revision with the early start (default: the last one)")
    arguments = parser.parse_args()
    print(section(arguments.repeats, arguments.baseline))
