"""Issues 7 and 18: complexity notes on the accuracy corpus, side by side with big_O, in one run.

    python bench/bench_complexity.py [--repeats 3]

Prints a Markdown section (bench/run_bench.py --only complexity writes it into bench/RESULTS.md). Five parts:

1. The judge's classifier on every corpus entry (tests/complexity_corpus), `repeats` times, each
   in the real Docker sandbox with the default budget: accuracy of classified answers, share
   inconclusive, and the share of entries that got the same answer in every repeat. The held-out
   brute forces (`# brute:`) are reported apart: the default budget (1 s of CPU per size) is the
   one a note after a time-out uses.
1b. Space, from the same measurements, on the entries whose header states their space class.
1c. Notes after a time-out end to end: `judge run` on the bank's own time_limit/ solutions.
2. big_O (pberkes' big_O, `pip install -e '.[bench]'`) on the same functions, on the host, over the
   same range of n the judge measured for that entry, with its own timing (min of 3), restricted to
   the same seven classes. It always names a class, so it has no "inconclusive".
3. The time complexity notes add to `judge run` (the CLI, a new process each time), with and
   without --no-complexity, median of `repeats` runs after a warm-up.
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.backends.docker import DockerSandbox  # noqa: E402
from judge.complexity.growth import Growth  # noqa: E402
from judge.complexity.measure import Budget  # noqa: E402
from judge.complexity.notes import failure_budget  # noqa: E402
from tests.complexity_corpus import Entry, Outcome, load_corpus, measure_corpus  # noqa: E402

sys.setrecursionlimit(100_000)  # as the sandbox's worker allows: big_O runs the same recursive solutions

JUDGE = str(ROOT / ".venv" / "bin" / "judge")
TARGET_CORRECT, TARGET_INCONCLUSIVE, TARGET_STABLE, TARGET_ADDED_S = 0.95, 0.10, 0.95, 3.0


def big_o_classes():
    from big_o import complexities

    return {complexities.Constant: Growth.CONSTANT, complexities.Logarithmic: Growth.LOG,
            complexities.Linear: Growth.LINEAR, complexities.Linearithmic: Growth.LINEARITHMIC,
            complexities.Quadratic: Growth.QUADRATIC, complexities.Cubic: Growth.CUBIC,
            complexities.Exponential: Growth.EXPONENTIAL}


def big_o_answer(entry: Entry, min_n: int, max_n: int) -> Growth | None:
    """big_O on the entry's own function and generator, over the judge's range of n."""
    import random

    import big_o

    classes = big_o_classes()
    probe = entry.workload.input_of_size(max(min_n, 2), random.Random(0))
    before = json.dumps(probe, sort_keys=True)
    entry.function(**copy.deepcopy(probe))
    mutates = json.dumps(probe, sort_keys=True) != before

    def generate(n):
        return entry.workload.input_of_size(int(n), random.Random(int(n)))

    def call(data):
        # big_O calls the function again on the same data: an in-place sort would then sort sorted data.
        return entry.function(**(copy.deepcopy(data) if mutates else data))

    try:
        best, _ = big_o.big_o(call, generate, min_n=min_n, max_n=max_n, n_measures=10, n_repeats=1, n_timings=3,
                              classes=list(classes))
    except Exception:
        return None
    return classes.get(type(best))


STAGE_RUNS = [("two-sum", "examples/two_sum.py"), ("merge-intervals", "problems/merge-intervals/reference.py"),
              ("min-stack", "problems/min-stack/reference.py"),
              ("search-in-rotated-sorted-array", "problems/search-in-rotated-sorted-array/reference.py")]


def judge_run(problem_id: str, solution: str, extra: list[str]) -> tuple[float, dict]:
    """One `judge run` through the CLI, a new process: its wall time and its JSON."""
    started = time.perf_counter()
    done = subprocess.run([JUDGE, "run", problem_id, str(ROOT / solution), "--sandbox", "docker", "--json",
                           "--no-properties", *extra], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[:300]
    return time.perf_counter() - started, json.loads(done.stdout)


def percent(part: float, whole: float) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "-"


def met(ok: bool) -> str:
    return "**met**" if ok else "**NOT met**"


TIME_OUT_RUNS = [("best-time-to-buy-and-sell-stock", "problems/best-time-to-buy-and-sell-stock/time_limit/every_pair.py"),
                 ("contains-duplicate", "problems/contains-duplicate/time_limit/every_pair.py"),
                 ("climbing-stairs", "problems/climbing-stairs/time_limit/plain_recursion.py"),
                 ("3sum", "problems/3sum/time_limit/every_triple.py")]


def judge_run_any(problem_id: str, solution: str) -> dict:
    """`judge run --json` whatever its verdict (a time-out exits 1)."""
    done = subprocess.run([JUDGE, "run", problem_id, str(ROOT / solution), "--sandbox", "docker", "--json",
                           "--no-properties"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    return json.loads(done.stdout)


def accuracy(pairs: list[tuple[Growth, Growth | None]]) -> tuple[int, int, int]:
    """(correct, classified, inconclusive) over (truth, answer) pairs."""
    classified = [(truth, answer) for truth, answer in pairs if answer is not None]
    return sum(truth is answer for truth, answer in classified), len(classified), len(pairs) - len(classified)


def space_rows(runs: list[list[Outcome]], corpus: list[Entry]) -> tuple[list[str], float, float, float]:
    indices = [i for i, entry in enumerate(corpus) if entry.space is not None]
    pairs = [(corpus[i].space, run[i].space) for run in runs for i in indices]
    correct, classified, inconclusive = accuracy(pairs)
    stable = sum(len({run[i].space for run in runs}) == 1 for i in indices)
    by_class = Counter(corpus[i].space.value for i in indices)
    correct_share = correct / max(classified, 1)
    inconclusive_share = inconclusive / max(len(pairs), 1)
    stable_share = stable / max(len(indices), 1)
    lines = [
        "### Space",
        "",
        f"{len(indices)} entries state their space class (" + ", ".join(
            f"{count} {name}" for name, count in sorted(by_class.items(), key=lambda item: Growth(item[0]).rank))
        + "): the most memory allocated at once in one call (tracemalloc, in the sandbox), beyond the input and "
        "the answer, and the deepest call stack, from the same measurements as time.",
        "",
        "| | judge |",
        "| --- | --- |",
        f"| correct, of classified answers | {percent(correct, classified)} ({correct}/{classified}) |",
        f"| inconclusive | {percent(inconclusive, len(pairs))} ({inconclusive}/{len(pairs)}) |",
        f"| same answer in all {len(runs)} runs | {percent(stable, len(indices))} ({stable}/{len(indices)}) |",
        "",
        f"Targets: at least 95 % of classified answers correct ({met(correct_share >= TARGET_CORRECT)}, "
        f"{100 * correct_share:.0f} %) with at most 10 % inconclusive "
        f"({met(inconclusive_share <= TARGET_INCONCLUSIVE)}, {100 * inconclusive_share:.0f} %); stable over repeats "
        f"{100 * stable_share:.0f} %.",
        "",
    ]
    return lines, correct_share, inconclusive_share, stable_share


def time_out_rows(repeats: int) -> list[str]:
    rows = []
    for problem_id, solution in TIME_OUT_RUNS:
        results = [judge_run_any(problem_id, solution) for _ in range(max(repeats, 1))]
        notes = [result.get("complexity") or {} for result in results]
        verdicts = " / ".join(result.get("verdict", "?") for result in results)
        measured = " / ".join(note.get("measured") or note.get("confidence", "none") for note in notes)
        space = " / ".join(((note.get("space") or {}).get("measured") or "inconclusive") for note in notes)
        sizes = " / ".join(f"{note['sizes'][0]}..{note['sizes'][-1]}" if note.get("sizes") else "-" for note in notes)
        seconds = [note.get("elapsed_ms", 0) / 1000 for note in notes]
        rows.append(f"| {problem_id} `{Path(solution).name}` | {verdicts} | {notes[0].get('expected')} | {measured} | "
                    f"{sizes} | {(notes[0].get('space') or {}).get('expected') or '-'} | {space} | "
                    f"{statistics.median(seconds):.2f} | {max(seconds):.2f} |")
    return rows


def section(repeats: int) -> str:
    corpus = load_corpus()
    sandbox = DockerSandbox()
    runs: list[list[Outcome]] = []
    for _ in range(max(repeats, 1)):
        runs.append(measure_corpus(corpus, sandbox, workers=2,
                                   budget=lambda entry: failure_budget(1.0) if entry.brute else Budget()))
    brute = [i for i, entry in enumerate(corpus) if entry.brute]
    brute_correct, brute_classified, brute_inconclusive = accuracy(
        [(corpus[i].truth, run[i].growth) for run in runs for i in brute])
    brute_total = len(brute) * len(runs)
    brute_correct_share = brute_correct / max(brute_classified, 1)
    brute_inconclusive_share = brute_inconclusive / max(brute_total, 1)
    space_lines, *_ = space_rows(runs, corpus)
    time_out_lines = time_out_rows(repeats)
    ours_classified = [o for run in runs for o in run if o.growth is not None]
    ours_correct = sum(o.correct for o in ours_classified)
    ours_inconclusive = sum(o.growth is None for run in runs for o in run)
    answers = [[run[i].growth for run in runs] for i in range(len(corpus))]
    stable = sum(len(set(per_entry)) == 1 for per_entry in answers)
    elapsed = sorted(o.seconds for run in runs for o in run)

    big_o_runs = []
    for _ in range(max(repeats, 1)):
        answers_big_o = []
        for index, entry in enumerate(corpus):
            sizes = runs[0][index].sizes or (4, 1024)
            answers_big_o.append(big_o_answer(entry, min(sizes), max(sizes)))
        big_o_runs.append(answers_big_o)
    big_o_flat = [(corpus[i], answer) for run in big_o_runs for i, answer in enumerate(run)]
    big_o_correct = sum(answer is entry.truth for entry, answer in big_o_flat)
    big_o_stable = sum(len({run[i] for run in big_o_runs}) == 1 for i in range(len(corpus)))

    judge_run("two-sum", "examples/two_sum.py", [])  # warm-up: image layers, page cache
    stage_s, stage_rows = [], []
    for problem_id, solution in STAGE_RUNS:
        notes = [judge_run(problem_id, solution, [])[1]["complexity"] for _ in range(max(repeats, 3))]
        seconds = [note["elapsed_ms"] / 1000 for note in notes]
        stage_s += seconds
        measured = " / ".join(note["measured"] or note["confidence"] for note in notes)
        stage_rows.append(f"| {problem_id} | {notes[0]['expected']} | {measured} | {statistics.median(seconds):.2f} | "
                          f"{max(seconds):.2f} |")
    with_notes = statistics.median(judge_run("two-sum", "examples/two_sum.py", [])[0] for _ in range(max(repeats, 3)))
    without = statistics.median(judge_run("two-sum", "examples/two_sum.py", ["--no-complexity"])[0]
                                for _ in range(max(repeats, 3)))
    added = max(stage_s)

    rows = []
    for i, entry in enumerate(corpus):
        ours = " / ".join(growth.value if growth else "inconclusive" for growth in answers[i])
        theirs = " / ".join(run[i].value if run[i] else "failed" for run in big_o_runs)
        space = " / ".join(run[i].space.value if run[i].space else "inconclusive" for run in runs) \
            if entry.space else "-"
        rows.append(f"| {entry.name} | {entry.kind}{', brute' if entry.brute else ''} | {entry.truth.value} | {ours} | "
                    f"{theirs} | {entry.space.value if entry.space else '-'} | {space} |")
    by_class = Counter(entry.truth.value for entry in corpus)
    total = len(corpus) * len(runs)
    correct_share = ours_correct / max(len(ours_classified), 1)
    inconclusive_share = ours_inconclusive / total
    stable_share = stable / len(corpus)
    return "\n".join([
        "## Complexity notes (issues 7 and 18)",
        "",
        f"Corpus: {len(corpus)} solutions with known classes (`tests/complexity_corpus/`; "
        + ", ".join(f"{count} {name}" for name, count in sorted(by_class.items(), key=lambda item: Growth(item[0]).rank))
        + f"), {sum(entry.kind == 'builtin-heavy' for entry in corpus)} of them built-in-heavy. "
        f"Each measured {len(runs)} times in the Docker sandbox with the default budget ({Budget().seconds:g} s, "
        f"{Budget().time_limit_s:g} s of CPU per size at most; the brute forces as after a time-out, below), one "
        "container per entry, two entries at a time; big_O on the same functions on the host, over the same range "
        "of n, min of 3 timings.",
        "",
        "| | judge | big_O |",
        "| --- | --- | --- |",
        f"| correct, of classified answers | {percent(ours_correct, len(ours_classified))} "
        f"({ours_correct}/{len(ours_classified)}) | {percent(big_o_correct, len(big_o_flat))} "
        f"({big_o_correct}/{len(big_o_flat)}) |",
        f"| inconclusive | {percent(ours_inconclusive, total)} ({ours_inconclusive}/{total}) | - (always answers) |",
        f"| same answer in all {len(runs)} runs | {percent(stable, len(corpus))} ({stable}/{len(corpus)}) | "
        f"{percent(big_o_stable, len(corpus))} ({big_o_stable}/{len(corpus)}) |",
        "",
        f"Measurement time per corpus entry (wall, container start excluded): median "
        f"{statistics.median(elapsed):.2f} s, 90th percentile {elapsed[int(0.9 * (len(elapsed) - 1))]:.2f} s, "
        f"max {elapsed[-1]:.2f} s.",
        "",
        f"Time the note adds to `judge run ID SOLUTION --json --no-properties` (the CLI, a new process each time; "
        f"the stage's own wall time, `complexity.elapsed_ms`, {max(repeats, 3)} runs each):",
        "",
        "| problem | expected | measured | median s | max s |",
        "| --- | --- | --- | --- | --- |",
        *stage_rows,
        "",
        f"Whole `judge run two-sum examples/two_sum.py --no-properties`, median of {max(repeats, 3)}: "
        f"{with_notes:.2f} s with the note, {without:.2f} s with `--no-complexity` "
        f"(the difference, {with_notes - without:+.2f} s, carries the noise of two whole runs).",
        "",
        f"Targets: at least 95 % of classified answers correct ({met(correct_share >= TARGET_CORRECT)}, "
        f"{100 * correct_share:.0f} %) with at most 10 % inconclusive ({met(inconclusive_share <= TARGET_INCONCLUSIVE)}, "
        f"{100 * inconclusive_share:.0f} %); at least 95 % stable over repeats ({met(stable_share >= TARGET_STABLE)}, "
        f"{100 * stable_share:.0f} %); clearly ahead of big_O "
        f"({met(correct_share > big_o_correct / max(len(big_o_flat), 1) + 0.15)}); at most 3 s added per run "
        f"({met(added <= TARGET_ADDED_S)}, at most {added:.2f} s).",
        "",
        "### Brute forces, as after a time-out",
        "",
        f"The {len(brute)} held-out brute forces of the bank's time_limit/ kind (`# brute:` in the corpus: nested "
        "loops, list membership and removal in a loop, repeated slicing, a new list per step, recursion without "
        "memo), written after the classifier and not tuned on, measured as a note after a time-out measures "
        f"(the sizes that finish in {failure_budget(1.0).seconds:g} s, each capped at "
        f"{failure_budget(1.0).time_limit_s:g} s of CPU):",
        "",
        "| | judge |",
        "| --- | --- |",
        f"| correct, of classified answers | {percent(brute_correct, brute_classified)} "
        f"({brute_correct}/{brute_classified}) |",
        f"| inconclusive | {percent(brute_inconclusive, brute_total)} ({brute_inconclusive}/{brute_total}) |",
        "",
        f"Targets: at least 95 % of classified answers correct ({met(brute_correct_share >= TARGET_CORRECT)}, "
        f"{100 * brute_correct_share:.0f} %) with at most 10 % inconclusive "
        f"({met(brute_inconclusive_share <= TARGET_INCONCLUSIVE)}, {100 * brute_inconclusive_share:.0f} %).",
        "",
        f"End to end: `judge run ID SOLUTION --json --no-properties` on the bank's own time_limit/ solutions "
        f"({max(repeats, 1)} runs each; the note's stage time, `complexity.elapsed_ms`, after the time-out):",
        "",
        "| solution | verdict | expected | measured | sizes that finished | expected space | space | median s | max s |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
        *time_out_lines,
        "",
        *space_lines,
        "<details><summary>Per entry (judge runs / big_O runs; space)</summary>",
        "",
        "| entry | kind | truth | judge | big_O | space truth | space judge |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        *rows,
        "",
        "</details>",
        "",
    ])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(section(args.repeats))


if __name__ == "__main__":
    main()
