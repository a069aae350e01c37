"""Complexity notes after an Accepted run, a time-out or a late wrong answer: time and space, in the report and
in --json."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rich.console import Console

from judge.cli import main
from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth
from judge.complexity.hints import Hint
from judge.complexity.notes import ComplexityNote, SpaceNote
from judge.report import TerminalReport
from judge.verdict import RunResult, Verdict

EXAMPLE = "examples/two_sum.py"

MERGE_BY_POPPING_THE_FRONT = """\
class Solution:
    def merge(self, intervals):
        intervals.sort()
        merged = []
        while intervals:
            start, end = intervals.pop(0)
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return merged
"""

MIN_STACK = """\
class MinStack:
    def __init__(self):
        self.entries = []

    def push(self, val):
        smallest = min(val, self.entries[-1][1]) if self.entries else val
        self.entries.append((val, smallest))

    def pop(self):
        self.entries.pop()

    def top(self):
        return self.entries[-1][0]

    def getMin(self):
        return self.entries[-1][1]
"""

PERMUTATIONS = """\
from itertools import permutations as orderings

def permute(nums):
    return [list(p) for p in orderings(nums)]
"""


def note_of(judge_source, problem_id, source, sandbox) -> ComplexityNote:
    result = judge_source(problem_id, source, sandbox, properties=False, complexity=True)
    assert result.verdict is Verdict.AC, result.first_failure
    return result.complexity


@pytest.mark.docker
def test_an_accepted_linear_solution_is_measured_linear_as_expected(judge_source, docker_sandbox):
    with open(EXAMPLE) as example:
        note = note_of(judge_source, "two-sum", example.read(), docker_sandbox)
    assert note.measured is Growth.LINEAR and note.expected == "O(n)" and note.matches is True
    assert note.confidence in (Confidence.CONFIDENT, Confidence.LIKELY) and note.size == "len(nums)"
    assert list(note.sizes) == sorted(set(note.sizes)) and len(note.sizes) >= 4
    assert len(note.times_ms) == len(note.lines) == len(note.sizes)
    assert note.hints == ()


@pytest.mark.docker
def test_popping_the_front_in_a_loop_is_blamed_on_its_line(judge_source, docker_sandbox):
    note = note_of(judge_source, "merge-intervals", MERGE_BY_POPPING_THE_FRONT, docker_sandbox)
    assert note.expected == "O(n log n)"
    assert [(hint.line, hint.kind) for hint in note.hints] == [(6, "pop_front")]
    assert note.measured in (Growth.LINEARITHMIC, Growth.QUADRATIC, None)  # the sort and the shifting both grow


@pytest.mark.docker
def test_a_design_problem_is_measured_per_call(judge_source, docker_sandbox):
    note = note_of(judge_source, "min-stack", MIN_STACK, docker_sandbox)
    assert note.per_call is True and note.size == "number of calls"
    assert note.measured is Growth.CONSTANT and note.total is Growth.LINEAR and note.matches is True


@pytest.mark.docker
def test_inputs_that_stop_growing_give_no_class_rather_than_a_guess(judge_source, docker_sandbox):
    note = note_of(judge_source, "permutations", PERMUTATIONS, docker_sandbox)
    assert note.measured is None and note.confidence is Confidence.INCONCLUSIVE
    assert "stop growing" in note.reason


@pytest.mark.docker
def test_inputs_that_grow_only_past_a_size_are_measured_where_they_grow(judge_source, docker_sandbox):
    # softmax's inputs are rows of 100 classes: one row for every n below 200, then a row per 100.
    with open("problems/softmax/reference.py") as reference:
        note = note_of(judge_source, "softmax", reference.read(), docker_sandbox)
    assert "stop growing" not in note.reason and note.sizes and min(note.sizes) >= 200


@pytest.mark.docker
def test_a_problem_without_an_input_generator_says_it_was_not_measured(judge_source, docker_sandbox, problem_bank):
    bank = problem_bank("two-sum")
    generators = bank / "two-sum" / "generators.py"
    generators.write_text(generators.read_text().replace("def input_of_size(", "def _unused_input_of_size("))
    with open(EXAMPLE) as example:
        note = note_of(judge_source, "two-sum", example.read(), docker_sandbox)
    assert note.measured is None and note.confidence is Confidence.NOT_MEASURED
    assert "input_of_size" in note.reason and note.expected == "O(n)"


@pytest.mark.docker
def test_a_generator_that_fails_is_named_in_the_note_and_the_verdict_stands(judge_source, docker_sandbox,
                                                                            problem_bank):
    bank = problem_bank("two-sum")
    generators = bank / "two-sum" / "generators.py"
    generators.write_text(generators.read_text() + "\n\ndef input_of_size(n, rng):\n    raise ValueError('no')\n")
    with open(EXAMPLE) as example:
        note = note_of(judge_source, "two-sum", example.read(), docker_sandbox)
    assert note.measured is None and "input_of_size failed at n = 4: ValueError: no" in note.reason


@pytest.mark.docker
def test_a_wrong_answer_on_the_first_case_gets_no_note(judge_source, docker_sandbox):
    result = judge_source("two-sum", "def two_sum(nums, target):\n    return [0, 0]\n", docker_sandbox,
                          properties=False, complexity=True)
    assert result.verdict is Verdict.WA and result.complexity is None


EVERY_PAIR = """\
class Solution:
    def maxProfit(self, prices):
        best = 0
        for buy in range(len(prices)):
            for sell in range(buy + 1, len(prices)):
                best = max(best, prices[sell] - prices[buy])
        return best
"""


@pytest.mark.docker
def test_a_time_out_says_how_the_code_grows_on_the_sizes_that_finish_and_which_line(judge_source, docker_sandbox):
    result = judge_source("best-time-to-buy-and-sell-stock", EVERY_PAIR, docker_sandbox, properties=False,
                          complexity=True)
    assert result.verdict is Verdict.TLE
    note = result.complexity
    assert note.after is Verdict.TLE and note.expected == "O(n)"
    assert note.measured in (Growth.QUADRATIC, None)  # never a class below what the nested loops do
    if note.measured:
        assert note.summary().startswith("this is O(n^2), expected O(n) (on the sizes that finish: n = ")
        assert note.matches is False
    assert [(hint.line, hint.kind) for hint in note.hints] == [(5, "nested_loops")]
    space = note.space
    assert space.expected == "O(1)" and space.measured in (Growth.CONSTANT, None)  # never wrong; inconclusive says why
    assert space.measured or space.reason


@pytest.mark.docker
def test_space_beyond_the_input_and_the_answer_is_measured_beside_time(judge_source, docker_sandbox):
    with open(EXAMPLE) as example:  # a dict of the values seen: O(n) extra
        space = note_of(judge_source, "two-sum", example.read(), docker_sandbox).space
    # Bytes are exact, but a loaded machine may leave too few sizes: then inconclusive, with the reason, never wrong.
    assert space.measured in (Growth.LINEAR, None) and (space.measured or space.reason)
    assert len(space.sizes) == len(space.extra_bytes) == len(space.depths)
    if space.measured:
        assert space.confidence in (Confidence.CONFIDENT, Confidence.LIKELY)
        assert space.extra_bytes[-1] > space.extra_bytes[0]
    two_passes = """\
class Solution:
    def productExceptSelf(self, nums):
        answer = [1] * len(nums)
        for i in range(1, len(nums)):
            answer[i] = answer[i - 1] * nums[i - 1]
        right = 1
        for i in range(len(nums) - 1, -1, -1):
            answer[i] *= right
            right *= nums[i]
        return answer
"""
    space = note_of(judge_source, "product-of-array-except-self", two_passes, docker_sandbox).space
    assert space.measured in (Growth.CONSTANT, None)  # the list it returns is the answer, not extra space


@pytest.mark.docker
def test_judge_run_json_carries_the_note_and_no_complexity_skips_it():
    runner = CliRunner()
    base = ["run", "two-sum", EXAMPLE, "--json", "--no-properties", "--sandbox", "docker"]
    with_note = json.loads(runner.invoke(main, base).stdout)
    assert set(with_note["complexity"]) >= {"summary", "measured", "expected", "confidence", "sizes", "times_ms", "hints"}
    assert with_note["complexity"]["summary"].startswith("measured O(")
    without = runner.invoke(main, base + ["--no-complexity"])
    assert without.exit_code == 0 and "complexity" not in json.loads(without.stdout)


def test_the_json_report_has_the_note_under_complexity_and_no_such_key_without_one():
    from judge.report import to_json

    result = RunResult("two-sum", "solution.py", Verdict.AC, hidden_total=24, time_limit_s=1.0)
    assert "complexity" not in to_json(result)
    result.complexity = ComplexityNote(Growth.LINEAR, "O(n)", Confidence.CONFIDENT, sizes=(64, 4096),
                                       times_ms=(0.01234567, 2.5), elapsed_ms=812.6,
                                       space=SpaceNote(None, "O(1)", Confidence.INCONCLUSIVE, reason="noisy"))
    data = to_json(result)
    assert list(data)[-1] == "complexity" and data["complexity"] == result.complexity.to_json()
    assert json.loads(json.dumps(data))["complexity"]["times_ms"] == [0.0123, 2.5]
    assert data["complexity"]["elapsed_ms"] == 813 and data["complexity"]["space"]["reason"] == "noisy"


def test_the_report_footer_shows_the_note_and_the_line_to_blame():
    result = RunResult("two-sum", "solution.py", Verdict.AC, hidden_total=24, time_limit_s=1.0)
    result.complexity = ComplexityNote(
        Growth.QUADRATIC, "O(n)", Confidence.CONFIDENT, size="len(nums)", sizes=(256, 1024, 16384),
        times_ms=(0.1, 1.5, 390.0),
        hints=(Hint(7, "list_membership", "x in seen_list", "inside a loop over nums -- membership in a list scans "
                    "it, O(n) per test; a set makes each test O(1)", Growth.QUADRATIC),))
    console = Console(record=True, width=200, no_color=True)
    TerminalReport(console).show(result)
    text = console.export_text()
    assert "Complexity: measured O(n^2) (fit on n = 256..16384, confident); expected O(n)" in text
    assert "  line 7: `x in seen_list` inside a loop over nums -- membership in a list scans it" in text


def test_an_inconclusive_note_says_why_in_the_footer():
    result = RunResult("permutations", "solution.py", Verdict.AC, hidden_total=14, time_limit_s=1.0)
    result.complexity = ComplexityNote(None, "O(n * n!)", Confidence.INCONCLUSIVE,
                                       reason="the problem's inputs stop growing at n = 8")
    console = Console(record=True, width=200, no_color=True)
    TerminalReport(console).show(result)
    assert ("Complexity: inconclusive: the problem's inputs stop growing at n = 8; expected O(n * n!)"
            in console.export_text())


def test_after_a_time_out_the_footer_says_this_is_the_class_and_what_was_measured():
    result = RunResult("two-sum", "solution.py", Verdict.TLE, hidden_total=24, time_limit_s=1.0)
    result.complexity = ComplexityNote(
        Growth.QUADRATIC, "O(n)", Confidence.CONFIDENT, size="len(nums)", sizes=(4, 2048), elapsed_ms=2140,
        after=Verdict.TLE,
        space=SpaceNote(Growth.CONSTANT, "O(n)", Confidence.CONFIDENT, sizes=(4, 512), evidence="memory allocated"),
        hints=(Hint(4, "nested_loops", "for j in range(i + 1, len(nums))",
                    "inside a loop over nums (line 3) -- every pair of elements of nums, O(n^2)", Growth.QUADRATIC),))
    console = Console(record=True, width=200, no_color=True)
    TerminalReport(console).show(result)
    text = console.export_text()
    assert ("Complexity: this is O(n^2), expected O(n) (after TLE, on the sizes that finish: n = 4..2048, 2.1 s, "
            "confident)") in text
    assert "Space: measured O(1) (fit on n = 4..512, confident; memory allocated); expected O(n)" in text
    assert "  line 4: `for j in range(i + 1, len(nums))` inside a loop over nums (line 3)" in text


def test_the_size_is_named_once_whichever_way_the_problem_writes_it():
    from judge.complexity.view import complexity_lines

    for size in ("len(relevance)", "n = len(relevance)"):
        note = ComplexityNote(Growth.LINEAR, "O(n)", Confidence.CONFIDENT, size=size, sizes=(64, 4096))
        line = complexity_lines(note)[0]
        assert "(n = len(relevance))" in line and "n = n =" not in line


@pytest.mark.docker
def test_the_verdict_is_told_before_the_complexity_note_is_measured():
    """`judge run` prints the verdict at once (piped too), and the note when it comes, seconds later."""
    from judge.judging import RunOptions, run

    told = []
    options = RunOptions(complexity=True, on_verdict=lambda result: told.append(
        (result.verdict.value, result.complexity is not None)))
    result = run("two-sum", "examples/two_sum.py", options)
    assert told == [("AC", False)] and result.complexity is not None


COPY_HELD_BY_A_RECURSIVE_CLOSURE = """\
class Solution:
    def maxProfit(self, prices):
        copy = list(prices)

        def walk(i):  # refers to itself: a cycle that keeps `copy` until the garbage collector runs
            return walk(i + 1) if i < 1 and copy else i

        walk(0)
        low, best = float("inf"), 0
        for price in prices:
            low = min(low, price)
            best = max(best, price - low)
        return best
"""


@pytest.mark.docker
def test_memory_a_closures_cycle_holds_counts_as_space_not_as_the_answer(judge_source, docker_sandbox):
    space = note_of(judge_source, "best-time-to-buy-and-sell-stock", COPY_HELD_BY_A_RECURSIVE_CLOSURE,
                    docker_sandbox).space
    assert space.sizes
    for n, extra in zip(space.sizes, space.extra_bytes):
        assert extra >= 8 * min(n, 10**5), (n, extra)  # the copy: a pointer a day (input_of_size stops at 10^5 days)
    assert space.measured in (Growth.LINEAR, None)
