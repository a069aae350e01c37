"""Benchmarks for `judge run`, side by side with their baselines in one run.

    python bench/run_bench.py [--repeats 7] [--only run]

Writes bench/RESULTS.md. Each figure is the median of several runs on this machine,
and every target is stated as a ratio to a baseline measured in the same run, so a
noisy or slower machine moves both sides together.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends.docker import DockerSandbox, docker_client, hardened_options  # noqa: E402
from judge.cases import hidden_cases  # noqa: E402
from judge.judging import Judgement, RunOptions  # noqa: E402
from judge.problem import load_problem  # noqa: E402
from judge.submission import read_submission  # noqa: E402

STARTERS = ["two-sum", "top-k-frequent-elements", "lru-cache", "binary-tree-level-order-traversal",
            "add-two-numbers", "softmax"]
JUDGE = str(ROOT / ".venv" / "bin" / "judge")


def median_seconds(action, repeats: int) -> float:
    action()  # warm-up: page cache, image layers
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    memory = int(next(line.split()[1] for line in open("/proc/meminfo") if line.startswith("MemTotal"))) // 1024 // 1024
    engine = docker_client().version()
    return (f"{platform.node()}: {os.cpu_count()} cores ({cpu}), {memory} GiB, Linux {platform.release()}, "
            f"Python {platform.python_version()}, Docker {engine['Version']} "
            f"({docker_client().info().get('Driver')}, cgroup v{docker_client().info().get('CgroupVersion')})")


def bare_container_cli(image: str) -> None:
    subprocess.run(["docker", "run", "--rm", "--network", "none", image, "python3", "-c", "pass"], check=True,
                   stdout=subprocess.DEVNULL)


def bare_container_sdk(client, image: str) -> None:
    container = client.containers.create(image, command=["python3", "-c", "pass"], network_mode="none")
    container.start()
    container.wait()
    container.remove(force=True)


def judge_run_cli(problem_id: str) -> None:
    reference = ROOT / "problems" / problem_id / "reference.py"
    done = subprocess.run([JUDGE, "run", problem_id, str(reference), "--sandbox", "docker", "--json"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[:300]


def naive_judge(problem_id: str, sandbox: DockerSandbox) -> None:
    """A judge that starts a fresh container for every test case."""
    problem = load_problem(problem_id)
    submission = read_submission(problem.folder / "reference.py")
    for case in hidden_cases(problem):
        with Judgement(problem, submission, RunOptions(), sandbox) as judgement:
            assert judgement.judge_cases([case]).verdict.accepted


def bench_run(repeats: int) -> str:
    client = docker_client()
    sandbox = DockerSandbox()
    image = sandbox.image
    bare_cli = median_seconds(lambda: bare_container_cli(image), repeats)
    bare_sdk = median_seconds(lambda: bare_container_sdk(client, image), repeats)
    rows = []
    for problem_id in STARTERS:
        cases = len(hidden_cases(load_problem(problem_id)))
        ours = median_seconds(lambda: judge_run_cli(problem_id), repeats)
        naive = median_seconds(lambda: naive_judge(problem_id, sandbox), max(3, repeats // 2))
        rows.append(f"| {problem_id} | {cases} | {ours * 1000:.0f} | {ours / bare_cli:.2f}x | "
                    f"{naive * 1000:.0f} | {naive / ours:.1f}x |")
    worst = max(float(row.split("|")[4].strip().rstrip("x")) for row in rows)
    verdict = "met" if worst <= 1.5 else "NOT met"
    return "\n".join([
        "## `judge run` end to end (issue 2)",
        "",
        f"Median of {repeats} runs after a warm-up; Docker backend, warm image; the reference solution of each",
        "starter problem, judged to Accepted by the real CLI (`judge run ID reference.py --json`, a new process",
        "each time, so interpreter start-up and imports are included).",
        "",
        f"- bare container start, `docker run --rm IMAGE python3 -c pass` (CLI): **{bare_cli * 1000:.0f} ms**",
        f"- bare container start through the docker SDK from a warm process: {bare_sdk * 1000:.0f} ms",
        "",
        "| problem | cases | `judge run` ms | ratio to bare `docker run` | naive judge ms (container per case) | naive / ours |",
        "| --- | --- | --- | --- | --- | --- |",
        *rows,
        "",
        f"Target: `judge run` within 1.5x of the bare container start: worst ratio {worst:.2f}x, **{verdict}**.",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--only", choices=["run"], default=None)
    args = parser.parse_args()
    sections = [f"# Benchmarks\n\nMachine: {machine()}\n\nMeasured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.\n"]
    sections.append(bench_run(args.repeats))
    text = "\n".join(sections)
    (ROOT / "bench" / "RESULTS.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
