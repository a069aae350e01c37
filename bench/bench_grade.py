"""Benchmark for `judge grade` (issue 9): the bank's accepted submissions graded as one CI job grades them.

    .venv/bin/python bench/bench_grade.py [--repeats 3] [--third]

The problems/*/accepted/*.py files (of every problem, or with --third of every third of
them) are copied into a solutions folder laid out by problem (`<id>/<file>.py`, found
by folder name, as `judge grade` finds them) and graded with -j 2 (the number of
cores here), property search on, on the Docker sandbox; then once with -j 4, to compare.

The ideal, measured in the same run: each solution's own run time (the wall time of
its cases as the runner measured them, hidden and generated) plus one container start (create, start, wait,
remove through the docker SDK), summed and divided by the cores: what perfectly fed
workers would take. The ratio ideal / measured says how much of the machine the grader
spends on the solutions themselves; the target is at least 80%. The issue's sentence
can also be read as own / cores + one start per solution (starts not spread over the
cores); that looser figure is reported beside it, and goes above 100%, which shows it
is not a bound.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends.docker import DockerSandbox, docker_client  # noqa: E402
from judge.cases import hidden_cases  # noqa: E402
from judge.grading import GradeOptions, Shard, discover, grade, shard_solutions, solution_weight  # noqa: E402
from judge.grading.sharding import relative_name  # noqa: E402
from judge.problem import all_problems  # noqa: E402
from judge import replay  # noqa: E402
from run_bench import bare_container_samples, numpy_import_s  # noqa: E402
from judge.properties import DEFAULT_EXAMPLES  # noqa: E402
from judge.reference import MISSING, Reference, load_expected, store_expected  # noqa: E402

JOBS = 2
TARGET = 0.8


def solutions_folder(into: Path, everything: bool) -> int:
    """Copy the accepted submissions into `into`/<problem id>/; the number copied."""
    count = 0
    for index, problem in enumerate(all_problems()):
        if not everything and index % 3:
            continue
        for path in problem.submissions("accepted"):
            (into / problem.id).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, into / problem.id / path.name)
            count += 1
    return count


def warm_caches() -> float:
    """Hidden cases, expected answers and the recorded property examples, as a CI job restores them
    from its cache (the `judge init-ci` workflow caches ~/.cache/judge); the seconds it took."""
    started = time.perf_counter()
    for problem in all_problems():
        cases = hidden_cases(problem)
        reference = Reference(problem)
        if load_expected(problem, cases) is MISSING:
            store_expected(problem, cases, [reference.answer(case) for case in cases])
        replay.prepare(problem, reference, problem.seed, problem.property_examples or DEFAULT_EXAMPLES)
    return time.perf_counter() - started


def grade_once(solutions, folder: Path, sandbox, jobs: int = JOBS) -> tuple[float, list]:
    started = time.perf_counter()
    graded = grade(solutions, GradeOptions(jobs=jobs), sandbox, weight=solution_weight({}, folder))
    return time.perf_counter() - started, graded


def own_run_s(graded) -> float:
    """A solution's own time: the wall time of its cases as the runner measured it, the hidden ones
    and the property search's generated ones, plus its numpy import when it imports numpy."""
    return cases_s(graded) + numpy_imports_s(graded)


def cases_s(graded) -> float:
    if not graded.result:
        return 0.0
    search = graded.result.properties
    generated_ms = search.wall_ms if search is not None else 0.0  # a failing one included
    hidden_ms = sum(case.wall_ms for case in graded.result.cases if case.case.source != "generated")
    return (hidden_ms + generated_ms) / 1000


def numpy_imports_s(graded) -> float:
    """The runner's numpy import before the solution loaded, if the solution imports numpy (run_bench.numpy_import_s)."""
    if not graded.result:
        return 0.0
    return numpy_import_s(graded.result.sandbox, graded.solution.path.read_text(encoding="utf-8"))


def shard_spread(graded, folder: Path, shards: int = 4) -> tuple[float, float]:
    """How unevenly --shard 1..N/N would split this pass's measured work: (static weights, recorded durations).

    Spread = the slowest shard's measured seconds over the mean shard's; 1.0 is a perfect split.
    """
    measured = {relative_name(g.solution.path, folder): g.duration_s for g in graded}
    spreads = []
    for durations in ({}, measured):
        loads = [sum(measured[relative_name(s.path, folder)]
                     for s in shard_solutions([g.solution for g in graded], Shard(k, shards), folder, durations))
                 for k in range(1, shards + 1)]
        spreads.append(max(loads) / (sum(loads) / shards))
    return spreads[0], spreads[1]


def section(repeats: int, everything: bool = True) -> str:
    passes = max(1, min(repeats, 3))  # a pass takes minutes on this shared machine
    sandbox = DockerSandbox()
    warm_s = warm_caches()
    with tempfile.TemporaryDirectory(prefix="judge-bench-grade-") as temp:
        folder = Path(temp)
        copied = solutions_folder(folder, everything)
        solutions = discover([folder]).solutions
        assert len(solutions) == copied and all(s.matched_by == "folder" for s in solutions), "discovery mismatch"
        rows, ratios, written_ratios, rates, notes = [], [], [], [], []
        for index, jobs in enumerate([JOBS] * passes + [2 * JOBS]):  # the last pass: oversubscribed, to compare
            # The machine's speed drifts within minutes: the baseline is timed just before and just after the pass.
            starts = bare_container_samples(docker_client(), sandbox.image, 5)
            elapsed, graded = grade_once(solutions, folder, sandbox, jobs)
            start_s = statistics.median(starts + bare_container_samples(docker_client(), sandbox.image, 5))
            own = sum(own_run_s(g) for g in graded)
            imports = sum(numpy_imports_s(g) for g in graded)
            ideal = (own + len(graded) * start_s) / JOBS  # container starts spread over the cores too
            ideal_as_written = own / JOBS + len(graded) * start_s  # the formula read left to right
            busy = sum(g.duration_s for g in graded) / (jobs * elapsed)
            static_spread, recorded_spread = shard_spread(graded, folder)
            if jobs == JOBS:
                ratios.append(ideal / elapsed)
                written_ratios.append(ideal_as_written / elapsed)
                rates.append(len(graded) / elapsed * 60)
            rows.append(f"| {index + 1} | {jobs} | {len(graded)} | {elapsed:.1f} | {len(graded) / elapsed * 60:.1f} | "
                        f"{own:.1f} | {imports:.1f} | {start_s * 1000:.0f} | {ideal:.1f} | **{ideal / elapsed:.0%}** | "
                        f"{ideal_as_written:.1f} | {ideal_as_written / elapsed:.0%} | {busy:.0%} | "
                        f"{static_spread:.2f} / {recorded_spread:.2f} |")
            notes += [f"{Path(g.solution.display).relative_to(folder.resolve()).as_posix()} {g.verdict.value}"
                      for g in graded if not g.accepted and index == 0]
    ratio = statistics.median(ratios)
    load = os.getloadavg()
    which = "every accepted submission of the bank" if everything else (
        "a third of the bank (--third): every accepted submission of every third problem in id order")
    return "\n".join([
        "## judge grade (issue 9)",
        "",
        f"Graded: {which}; {copied} files, {len({s.problem_id for s in solutions})} problems, laid out by problem",
        f"and found by `judge grade`'s discovery. `judge.grading.grade` with -j {JOBS} on {os.cpu_count()} cores:",
        "one Docker container per solution, hidden cases then the property search (100 generated examples",
        "each), fixed seeds. Hidden cases, expected answers and the recorded property examples were cached",
        f"first ({warm_s:.1f} s), as the CI workflow's cache step (~/.cache/judge) restores them.",
        "",
        "Ideal: each solution's own run time (its cases' wall time as the runner measured it: the hidden cases and",
        "the property search's generated ones; and for a solution that imports numpy, that import, which the",
        "runner makes before the solution loads and reports as `sandbox.preload_ms`: the solution pays it on any",
        "judge, and run alone) plus one bare container start (docker SDK create + start + wait + remove, median",
        "of 10: 5 just before and 5 just after each pass, as the machine's speed drifts within minutes),",
        f"summed and divided by the {JOBS} cores: what perfectly fed workers would take. Ratio = ideal / measured.",
        "Workers busy = the solutions' whole `judge run` times summed over (jobs x measured): how well the grader",
        "keeps its workers fed, apart from the cost of each run itself (the runner's start-up, frames, the host's",
        "comparisons).",
        "Shard spread: the slowest of 4 shards over the mean, in this pass's measured seconds, split by static",
        f"weights / by recorded durations (1.00 is perfect). The last pass runs -j {2 * JOBS} on the same cores for",
        "comparison only (its own run times grow as solutions share a core, so its ratio is not comparable);",
        f"the target is judged on the -j {JOBS} passes.",
        "",
        "| pass | -j | solutions | measured s | solutions / min | own run time s | of which numpy imports s "
        "| container start ms | ideal s "
        "| ratio to ideal | looser reading: own / cores + starts s | its ratio | workers busy | shard spread static / recorded |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        *rows,
        "",
        "Not accepted: " + (", ".join(notes) if notes else "none") + ".",
        "",
        f"Load average when done: {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1 / 5 / 15 min) on {os.cpu_count()} "
        "cores: the machine is shared with other work, and both sides of the ratio are measured under it.",
        "",
        "The looser reading of the issue's sentence (own / cores + one start per solution) treats container",
        "starts as if they could not overlap; its ratios above 100% show it is not a bound, so the target is",
        "judged on the ideal above. What keeps the ratio down (CPU accounting of a pass, /proc/stat and the",
        "containers' cgroups): the engine's own CPU to create, start and remove a container (dockerd, containerd,",
        "runc: ~0.36 s each, about the baseline's wall time, so that part of the ideal is tight) competes with the",
        "workers for the same two cores; ~6% of the cores idle, spread over the pass, while both workers wait on",
        "the engine at once; and each container's runner start-up (~50 ms) and the host's per-solution work",
        "(~45 ms) are not in the ideal.",
        "",
        f"Target: at least {TARGET:.0%} of the ideal: median {ratio:.0%} over {passes} pass"
        f"{'es' if passes != 1 else ''}, **{'met' if ratio >= TARGET else 'NOT met'}** (the looser reading: "
        f"{statistics.median(written_ratios):.0%}); {statistics.median(rates):.1f} solutions per minute.",
        "",
    ])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3, help="Passes (at most 3).")
    parser.add_argument("--third", action="store_true", help="Every third problem's submissions, not the whole bank.")
    arguments = parser.parse_args()
    print(section(arguments.repeats, not arguments.third))
