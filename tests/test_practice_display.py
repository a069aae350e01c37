"""What the round's panel and plain lines say, on an injected clock: no stale line, one line a save,
no "Accepted" from a quick check. (tests/test_practice_terminal.py drives the real command in a terminal.)"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from judge.cases import Case
from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth
from judge.complexity.notes import ComplexityNote
from judge.practice.checks import Check
from judge.practice.round import CONFIRM_S, Ask, Round
from judge.practice.terminal import LiveDisplay, PlainDisplay
from judge.problem import load_problem
from judge.verdict import CaseResult, ErrorInfo, RunResult, Verdict


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def live(clock):
    round_ = Round("two-sum", 2700, clock)
    return LiveDisplay(Console(width=80, file=io.StringIO()), load_problem("two-sum"), Path("/ws/two_sum.py"), round_)


def screen(display: LiveDisplay) -> str:
    """The panel as an 80-column terminal shows it."""
    console = Console(width=80, file=io.StringIO(), record=True, color_system=None)
    console.print(display.render())
    return console.export_text()


def passing_check() -> Check:
    cases = [CaseResult(Case(f"example {i}", {"nums": [2, 7], "target": 9}, "example"), Verdict.AC) for i in (1, 2, 3)]
    cases += [CaseResult(Case(f"small {i}", {"nums": [1, 2], "target": 3}), Verdict.AC) for i in (1, 2, 3)]
    return Check("check", 12, RunResult("two-sum", "two_sum.py", Verdict.AC, cases, hidden_total=6))


def wrong_check() -> Check:
    nums = list(range(60))
    case = CaseResult(Case("example 2", {"nums": nums, "target": 6}, "example"), Verdict.WA, expected=[1, 2],
                      got=[0, 1], reason="answer[0]: expected 1, got 0")
    return Check("check", 20, RunResult("two-sum", "two_sum.py", Verdict.WA, [case], hidden_total=3))


def compile_error() -> Check:
    error = ErrorInfo("SyntaxError", "expected ':'", 2, 35)
    return Check("check", 30, RunResult("two-sum", "two_sum.py", Verdict.CE, error=error, hidden_total=3))


def test_a_passing_quick_check_says_examples_pass_never_accepted(live):
    live.checked(passing_check())
    shown = screen(live)
    assert "examples and small cases pass (6/6)" in shown and "Accepted" not in shown and "AC" not in shown


def test_the_line_for_a_save_stays_one_line_at_80_columns(live):
    live.checked(wrong_check())
    lines = screen(live).splitlines()
    [at] = [index for index, line in enumerate(lines) if "save at 00:20" in line]
    assert lines[at].endswith("… │") and len(lines[at]) == 80
    assert lines[at + 1].startswith("│ ✘ WA  example 2")  # nothing of it wrapped onto the next line


def test_a_new_save_takes_the_last_report_away_so_checking_never_sits_above_a_finished_result(live):
    live.checked(compile_error())
    assert "Compile Error" in screen(live)
    live.started("saved at 00:31: checking the examples…")
    shown = screen(live)
    assert "checking the examples…" in shown and "Compile Error" not in shown and "CE" not in shown


def test_judging_a_submission_is_said_only_while_it_is_judged(live):
    live.checked(passing_check())
    live.round.submit()
    live.submitted(12)
    assert "judging your submission" in screen(live) and "examples and small cases pass" not in screen(live)
    check = Check("submit", 12, RunResult("two-sum", "two_sum.py", Verdict.WA, hidden_total=40))
    live.round.judged(check)
    live.judged(check)
    shown = screen(live)
    assert "judging" not in shown and "submission at 00:12: WA Wrong Answer" in shown


@pytest.mark.parametrize("ask, words", [(Ask.GIVE_UP, "press g again to give up"),
                                        (Ask.QUIT, "press q again to end the round"),
                                        (Ask.SUBMIT_STARTER, "press s again to submit it anyway")])
def test_a_question_shows_while_it_stands_and_the_keys_come_back_when_it_lapses(live, clock, ask, words):
    live.round.confirmed(ask)
    assert words in screen(live) and "[s] submit" not in screen(live)
    clock.now += CONFIRM_S + 0.1
    assert words not in screen(live) and "[s] submit" in screen(live)


def test_q_in_the_first_part_of_a_mock_says_it_ends_the_whole_mock(live):
    live.parts_after = 1
    live.round.confirmed(Ask.QUIT)
    assert "end the whole mock interview: the next part will not start" in " ".join(screen(live).split())


def test_a_plain_check_line_stays_one_line_at_80_columns_and_says_examples_pass(clock):
    out = io.StringIO()
    console = Console(width=80, file=out, force_terminal=False, no_color=True, soft_wrap=True)
    plain = PlainDisplay(console, load_problem("two-sum"), Path("/ws/two_sum.py"), Round("two-sum", 2700, clock),
                         keys_are_lines=False)
    plain.checked(wrong_check())
    plain.checked(passing_check())
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and all(len(line) <= 80 for line in lines) and lines[0].endswith("…")
    assert lines[1].endswith("check: examples and small cases pass (6/6)")


def test_a_plain_submission_line_is_one_line_and_the_report_below_has_the_whole_failure(clock):
    out = io.StringIO()
    console = Console(width=80, file=out, force_terminal=False, no_color=True, soft_wrap=True)
    plain = PlainDisplay(console, load_problem("two-sum"), Path("/ws/two_sum.py"), Round("two-sum", 2700, clock),
                         keys_are_lines=False)
    plain.submitted(20)
    check = wrong_check()
    plain.judged(Check("submit", 20, check.result))
    lines = out.getvalue().splitlines()
    assert len(lines[0]) <= 80 and lines[1].startswith("judge: [00:00] submission: WA") and len(lines[1]) == 80
    assert "answer[0]: expected 1, got 0" in out.getvalue()


def test_a_judged_submission_shows_the_complexity_you_said_beside_the_measured_and_expected(live):
    live.round.state(Growth.LINEAR, Growth.CONSTANT)
    live.round.submit()
    result = RunResult("two-sum", "two_sum.py", Verdict.TLE, hidden_total=40,
                       complexity=ComplexityNote(Growth.QUADRATIC, "O(n)", Confidence.CONFIDENT, after=Verdict.TLE))
    check = Check("submit", 30, result)
    live.round.judged(check)
    live.judged(check)
    rows = [" ".join(line.strip("│ ").split()) for line in screen(live).splitlines()]
    assert "complexity you said measured expected" in rows
    assert "time O(n) O(n^2) O(n)" in rows and "space O(1) not measured O(n)" in rows  # two-sum states O(n) space


def test_no_complexity_board_until_you_say_it(live):
    live.round.submit()
    check = Check("submit", 30, RunResult("two-sum", "two_sum.py", Verdict.WA, hidden_total=40))
    live.round.judged(check)
    live.judged(check)
    assert "you said" not in screen(live)


def test_a_plain_display_on_a_terminal_echoes_the_answer_being_typed(clock):
    from judge.practice.estimates import EstimatePrompt

    out = io.StringIO()
    console = Console(width=80, file=out, force_terminal=False, no_color=True, soft_wrap=True)
    plain = PlainDisplay(console, load_problem("two-sum"), Path("/ws/two_sum.py"), Round("two-sum", 2700, clock),
                         keys_are_lines=False)
    prompt = EstimatePrompt()
    plain.prompting(prompt)
    for char in "n lox\x7fg n\r1\r":
        prompt.key(char)
        plain.prompting(prompt)
    lines = out.getvalue().split("\n")
    assert lines[0].endswith("Esc both): n lox\b \bg n") and lines[1].endswith("Esc both): 1") and lines[2] == ""
