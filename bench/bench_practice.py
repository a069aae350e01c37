"""Feedback on save (issue 8): from a file save to the result of the quick check, as a round sees it.

    python bench/run_bench.py --only practice [--repeats 7]
    python bench/bench_practice.py [--repeats 7]        # prints the section only

The measured path is the round's own: a real write to the file, the FileWatcher
noticing it (inotify, debounced), LatestRunner starting Checker.quick (examples,
then the smallest hidden cases, in a fresh sandbox session), and the result
delivered. A round keeps the next Docker container started (judge/backends/spare.py);
the baseline in the same run is the same path opening a cold container per save,
and one bare container start through the docker SDK. The full judgement of the same
file (what a submission costs) is shown beside. Target: a median under 1.0 s with
Docker, "within about a second".
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends.docker import DockerSandbox, docker_client  # noqa: E402
from judge.backends.local import LocalSandbox  # noqa: E402
from judge.judging import RunOptions, run  # noqa: E402
from judge.practice.checks import QUICK_HIDDEN_CASES, Checker  # noqa: E402
from judge.practice.watch import FileWatcher, LatestRunner  # noqa: E402
from judge.problem import load_problem  # noqa: E402

PROBLEMS = {"two-sum": ROOT / "examples" / "two_sum.py", "softmax": ROOT / "problems" / "softmax" / "reference.py"}
TARGET_S = 1.0
SAVE_GAP_S = 2.0  # between one result and the next save: a person reads the result before saving again


def save_to_result_seconds(checker: Checker, source: str, repeats: int) -> list[float]:
    """Each sample: write the file, wait until the watcher-triggered quick check delivers its result."""
    delivered = threading.Event()
    results = []
    runner = LatestRunner(lambda cancelled: checker.quick(0.0, cancelled), lambda check: (results.append(check),
                                                                                         delivered.set()))
    samples = []
    with FileWatcher(checker.path, runner.trigger):
        for index in range(repeats + 1):  # the first is a warm-up
            time.sleep(SAVE_GAP_S)
            delivered.clear()
            started = time.perf_counter()
            checker.path.write_text(source + f"\n# save {index}\n")
            if not delivered.wait(60):
                raise RuntimeError("no result within 60 s of a save")
            if index:
                samples.append(time.perf_counter() - started)
            if not results[-1].accepted:
                raise RuntimeError(f"the benchmark solution was not accepted: {results[-1].verdict}")
    return samples


def container_start_seconds(repeats: int) -> list[float]:
    from run_bench import bare_container_samples

    return bare_container_samples(docker_client(), DockerSandbox().image, repeats, warm_up=False)


def full_judgement_seconds(problem_id: str, path: Path, sandbox, repeats: int) -> list[float]:
    """A submission in a round: every hidden case, the property search, and complexity notes after Accepted."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = run(problem_id, path, RunOptions(example_db=True, complexity=True), sandbox=sandbox)
        samples.append(time.perf_counter() - started)
        assert result.complexity is not None, "a submission's full judgement carries a complexity note"
    return samples


def section(repeats: int) -> str:
    rows = []
    warm_medians = []
    docker = DockerSandbox()
    with tempfile.TemporaryDirectory() as folder:
        for problem_id, solution in PROBLEMS.items():
            problem = load_problem(problem_id)
            source = solution.read_text()
            path = Path(folder) / f"{problem_id.replace('-', '_')}.py"
            path.write_text(source)
            full = statistics.median(full_judgement_seconds(problem_id, path, docker, max(3, repeats // 2)))
            backends = {"docker, warm (a round)": (DockerSandbox(), True), "docker, cold (baseline)": (docker, False),
                        "local": (LocalSandbox(), True)}
            for name, (sandbox, warm) in backends.items():
                checker = Checker(problem, path, sandbox, name, warm=warm)
                quick = save_to_result_seconds(checker, source, repeats)
                sandbox.close()
                if name.startswith("docker, warm"):
                    warm_medians.append(statistics.median(quick))
                cases = len(checker.examples) + len(checker.hidden)
                rows.append(f"| {problem_id} | {name} | {cases} | {statistics.median(quick):.3f} | {max(quick):.3f} |")
            rows.append(f"| {problem_id} | docker: full judgement (a submission) | all | {full:.2f} | |")
    start = statistics.median(container_start_seconds(repeats))
    worst = max(warm_medians)
    load = os.getloadavg()[1]  # the machine is shared: the figures scale with it, the ratios less so
    return "\n".join([
        "## Practice: feedback on save (issue 8)",
        "",
        "From a real file save to the quick check's result (watcher, debounce, a sandbox session, the statement's",
        f"examples then the {QUICK_HIDDEN_CASES} smallest hidden cases), median of {repeats} saves "
        f"{SAVE_GAP_S:g} s apart after a warm-up. "
        "A round keeps the next container started (warm); the cold row opens one per save, as `judge run` does.",
        "",
        "| problem | sandbox | cases | save to result s (median) | max s |",
        "| --- | --- | --- | --- | --- |",
        *rows,
        "",
        f"Baseline, same run: one bare container start (docker SDK create + start + wait + remove): **{start:.3f} s**. "
        f"Load average during the run: {load:.1f} on {os.cpu_count()} cores.",
        "",
        f"Target: feedback within about a second of a save with Docker (at most {TARGET_S:.1f} s median): "
        f"slowest warm median {worst:.3f} s, **{'met' if worst <= TARGET_S else 'NOT met'}** "
        f"({worst / start:.2f}x one bare container start).",
        "",
    ])


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    print(section(parser.parse_args().repeats))
