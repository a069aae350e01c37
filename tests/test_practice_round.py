"""A round's rules on an injected clock: the countdown, submissions, and every way a round ends."""

from __future__ import annotations

import pytest

from judge.practice.checks import Check
from judge.complexity.growth import Growth
from judge.practice.round import CONFIRM_S, Ask, Phase, Round, RoundRuleError
from judge.verdict import RunResult, Verdict


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def judged(kind: str, verdict: Verdict, elapsed_s: float, source: str = "code") -> Check:
    return Check(kind, elapsed_s, RunResult("two-sum", "two_sum.py", verdict, hidden_total=13), source)


@pytest.fixture
def clock():
    return Clock()


def test_the_countdown_runs_from_the_start(clock):
    round_ = Round("two-sum", 2700, clock)
    clock.advance(600)
    assert round_.elapsed() == 600 and round_.remaining() == 2100


def test_an_accepted_submission_ends_the_round_timed_when_it_was_submitted(clock):
    round_ = Round("two-sum", 2700, clock)
    clock.advance(300)
    at = round_.submit()
    clock.advance(8)  # judging takes a while; the time to Accepted is the submission's
    round_.judged(judged("submit", Verdict.AC, at))
    assert round_.ended and round_.outcome == "accepted" and round_.solve_s == 300


def test_a_wrong_submission_keeps_the_round_going(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.judged(judged("submit", Verdict.WA, round_.submit()))
    assert not round_.ended and round_.can_submit() and round_.wrong_submissions == 1


def test_one_submission_at_a_time(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.submit()
    with pytest.raises(RoundRuleError, match="being judged"):
        round_.submit()


def test_a_quick_check_on_save_never_ends_the_round_even_when_accepted(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.checked(judged("check", Verdict.AC, round_.saved()))
    assert not round_.ended and round_.submissions == []


def test_when_time_runs_out_the_last_save_is_judged_once(clock):
    round_ = Round("two-sum", 60, clock)
    clock.advance(59)
    assert round_.tick() is False
    clock.advance(2)
    assert round_.tick() is True and round_.phase is Phase.FINAL
    assert round_.tick() is False  # asked once only
    with pytest.raises(RoundRuleError):
        round_.submit()


def test_time_out_with_a_failing_last_save_ends_as_timeout(clock):
    round_ = Round("two-sum", 60, clock)
    clock.advance(20)
    round_.saved()
    clock.advance(41)
    round_.tick()
    round_.judged(judged("final", Verdict.WA, 20))
    assert round_.outcome == "timeout" and round_.solve_s is None


def test_a_last_save_that_is_accepted_counts_timed_at_the_save(clock):
    round_ = Round("two-sum", 60, clock)
    clock.advance(45)
    round_.saved()
    clock.advance(16)
    round_.tick()
    round_.judged(judged("final", Verdict.AC, 45))
    assert round_.outcome == "accepted" and round_.solve_s == 45


def test_a_submission_in_flight_when_time_runs_out_is_waited_for(clock):
    round_ = Round("two-sum", 60, clock)
    clock.advance(58)
    at = round_.submit()
    clock.advance(10)
    assert round_.tick() is False  # the submission was made in time
    round_.judged(judged("submit", Verdict.AC, at))
    assert round_.outcome == "accepted" and round_.solve_s == 58


def test_an_interview_round_cannot_be_paused(clock):
    round_ = Round("two-sum", 2700, clock)
    with pytest.raises(RoundRuleError, match="--casual"):
        round_.pause()


def test_a_casual_round_stops_the_clock_while_paused(clock):
    round_ = Round("two-sum", 2700, clock, casual=True)
    clock.advance(100)
    round_.pause()
    clock.advance(500)
    assert round_.elapsed() == 100
    round_.resume()
    clock.advance(50)
    assert round_.elapsed() == 150


@pytest.mark.parametrize("action, outcome", [("give_up", "gave_up"), ("quit", "quit")])
def test_giving_up_or_quitting_ends_the_round_unsolved(clock, action, outcome):
    round_ = Round("two-sum", 2700, clock)
    getattr(round_, action)()
    assert round_.ended and round_.outcome == outcome and round_.solve_s is None


@pytest.mark.parametrize("ask", list(Ask))
def test_a_key_that_asks_first_acts_only_on_a_second_press_in_time(clock, ask):
    round_ = Round("two-sum", 2700, clock)
    assert round_.confirmed(ask) is False and round_.asking() is ask
    clock.advance(CONFIRM_S - 0.5)
    assert round_.confirmed(ask) is True and round_.asking() is None


@pytest.mark.parametrize("ask", list(Ask))
def test_the_question_lapses_so_a_late_second_press_asks_again(clock, ask):
    round_ = Round("two-sum", 2700, clock)
    round_.confirmed(ask)
    clock.advance(CONFIRM_S + 0.5)
    assert round_.asking() is None  # nothing left on screen that says "press again"
    assert round_.confirmed(ask) is False and round_.asking() is ask


def test_another_key_or_another_question_drops_the_first(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.confirmed(Ask.GIVE_UP)
    round_.dismiss()
    assert round_.asking() is None and round_.confirmed(Ask.GIVE_UP) is False
    assert round_.confirmed(Ask.QUIT) is False and round_.asking() is Ask.QUIT  # q after g asks about q
    assert round_.confirmed(Ask.GIVE_UP) is False


def test_no_question_is_left_once_the_round_is_over(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.confirmed(Ask.QUIT)
    round_.give_up()
    assert round_.asking() is None


def test_hints_come_one_at_a_time_and_are_counted(clock):
    round_ = Round("two-sum", 2700, clock)
    assert [round_.take_hint(3), round_.take_hint(3), round_.take_hint(3)] == [1, 2, 3]
    with pytest.raises(RoundRuleError, match="all 3 are shown"):
        round_.take_hint(3)
    assert round_.hints_used == 3


def test_a_problem_without_hints_says_so_and_counts_none(clock):
    round_ = Round("two-sum", 2700, clock)
    with pytest.raises(RoundRuleError, match="no hints"):
        round_.take_hint(0)
    assert round_.hints_used == 0


def test_no_hint_is_counted_after_the_round(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.quit()
    with pytest.raises(RoundRuleError, match="round is over"):
        round_.take_hint(3)
    assert round_.hints_used == 0


def test_the_complexity_is_asked_before_the_first_submission_only(clock):
    round_ = Round("two-sum", 2700, clock)
    assert round_.needs_estimate()
    round_.state(Growth.LINEAR, None)  # space skipped
    assert not round_.needs_estimate() and (round_.stated_time, round_.stated_space) == (Growth.LINEAR, None)
    round_.judged(judged("submit", Verdict.WA, round_.submit()))
    assert not round_.needs_estimate()


def test_a_round_whose_first_submission_skipped_the_question_is_not_asked_again(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.state(None, None)
    assert not round_.needs_estimate() and round_.stated_time is None


def test_stating_again_replaces_what_is_said_and_keeps_what_is_skipped(clock):
    round_ = Round("two-sum", 2700, clock)
    round_.state(Growth.QUADRATIC, Growth.CONSTANT)
    round_.state(Growth.LINEAR, None)
    assert (round_.stated_time, round_.stated_space) == (Growth.LINEAR, Growth.CONSTANT)


def test_the_estimate_can_be_stated_while_the_round_runs_or_pauses_not_after(clock):
    round_ = Round("two-sum", 60, clock, casual=True)
    round_.pause()
    assert round_.can_state()
    round_.resume()
    clock.advance(61)
    round_.tick()
    assert not round_.can_state()  # time is up: the last save is being judged
