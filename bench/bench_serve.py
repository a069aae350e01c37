"""`judge serve`: from a click on Run to the result on the page, in a real browser (issue 19).

    python bench/run_bench.py --only serve [--repeats 11]
    python bench/bench_serve.py [--repeats 11]          # prints the section only

The measured path is the page's own: Playwright clicks Run in Debian's Chromium; the
page saves the editor's file, POSTs the code with the console's inputs, the server
judges the statement's examples and one custom input in the container it kept
started (judge/backends/spare.py), and the page draws every case's card. The sample
ends when the new result is on screen. Beside it, in the same run, the terminal
practice's figure for the same file: a save to the quick check's result
(bench/bench_practice.py). Target: the first result within 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from judge.backends.docker import DockerSandbox  # noqa: E402
from judge.practice.checks import Checker  # noqa: E402
from judge.problem import load_problem  # noqa: E402
from judge.web.server import ServeSettings, in_thread  # noqa: E402

PROBLEMS = {"two-sum": (ROOT / "examples" / "two_sum.py", '{"nums": [1, 5, 9], "target": 14}'),
            "softmax": (ROOT / "problems" / "softmax" / "reference.py", '{"logits": [[1.0, -1.0], [1000.0, 0.0]]}')}
TARGET_S = 0.3
READ_GAP_S = 2.0  # between a result and the next click: a person reads it first (and the next container starts)
CHROMIUM = "/usr/bin/chromium"


def click_to_result_seconds(page, repeats: int) -> list[float]:
    """Each sample: click Run, wait until this click's result is drawn (the page's own clock, in ms)."""
    samples = []
    for index in range(repeats + 1):  # the first is a warm-up
        page.wait_for_timeout(READ_GAP_S * 1000)
        page.evaluate("() => document.querySelector('.result')?.replaceChildren()")  # the last result goes
        started = time.perf_counter()
        page.click("[data-action=run]")
        page.wait_for_selector(".result .case-card[data-case='custom 1']", timeout=60_000)
        elapsed = time.perf_counter() - started
        verdict = page.locator(".result .run-head").get_attribute("class")
        if "v-AC" not in verdict:
            raise RuntimeError(f"the benchmark solution was not accepted: {verdict}")
        if index:
            samples.append(elapsed)
    return samples


def browser_samples(problem_id: str, source: str, custom: str, folder: Path, repeats: int) -> list[float]:
    from playwright.sync_api import sync_playwright

    os.environ["JUDGE_DATA_DIR"] = str(folder / "data")
    with in_thread(ServeSettings(port=0, workspace=folder / "workspace", sandbox="docker")) as running, \
            sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--headless"])
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(running.url + f"#/problem/{problem_id}")
        page.wait_for_selector(".CodeMirror")
        page.evaluate("(text) => document.querySelector('.CodeMirror').CodeMirror.setValue(text)", source)
        page.click("[data-action=add-case]")
        page.fill(".custom-input", custom)
        try:
            return click_to_result_seconds(page, repeats)
        finally:
            browser.close()


def terminal_samples(problem_id: str, source: str, folder: Path, repeats: int) -> list[float]:
    from bench_practice import save_to_result_seconds

    path = folder / f"{problem_id.replace('-', '_')}_terminal.py"
    path.write_text(source)
    sandbox = DockerSandbox()
    try:
        return save_to_result_seconds(Checker(load_problem(problem_id), path, sandbox, "docker", warm=True), source,
                                      repeats)
    finally:
        sandbox.close()


def section(repeats: int) -> str:
    rows, medians = [], []
    for problem_id, (solution, custom) in PROBLEMS.items():
        source = solution.read_text()
        problem = load_problem(problem_id)
        with tempfile.TemporaryDirectory() as folder:
            clicks = browser_samples(problem_id, source, custom, Path(folder), repeats)
            saves = terminal_samples(problem_id, source, Path(folder), repeats)
        medians.append(statistics.median(clicks))
        rows.append(f"| {problem_id} | page: click Run to result | {len(problem.examples)} examples + 1 custom | "
                    f"{statistics.median(clicks):.3f} | {min(clicks):.3f} | {max(clicks):.3f} |")
        rows.append(f"| {problem_id} | terminal practice: save to result | {len(problem.examples)} examples + 3 hidden | "
                    f"{statistics.median(saves):.3f} | {min(saves):.3f} | {max(saves):.3f} |")
    worst = max(medians)
    load = os.getloadavg()[1]
    return "\n".join([
        "## judge serve: click Run to result (issue 19)",
        "",
        "Through the browser: Playwright clicks Run in Debian's Chromium (headless) and the sample ends when this",
        "click's case cards are drawn; the page saves the file, posts the code and the console's one custom input,",
        f"and the server judges them in the container it kept started. Median of {repeats} clicks "
        f"{READ_GAP_S:g} s apart after a warm-up. Beside it, the same run's terminal practice figure for the same",
        "file (bench/bench_practice.py: a real save, the watcher, the quick check).",
        "",
        "| problem | path | cases | median s | min s | max s |",
        "| --- | --- | --- | --- | --- | --- |",
        *rows,
        "",
        f"Load average during the run: {load:.1f} on {os.cpu_count()} cores.",
        "",
        f"Target: first result within {TARGET_S} s of the click with a warm container: slowest median "
        f"{worst:.3f} s, **{'met' if worst <= TARGET_S else 'NOT met'}**.",
    ])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=11)
    print(section(parser.parse_args().repeats))
