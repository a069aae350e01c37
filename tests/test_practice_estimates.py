"""Your own complexity estimate: what is read as a class, the prompt's keys, and when an estimate counts as right."""

from __future__ import annotations

import pytest

from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth
from judge.complexity.notes import ComplexityNote, SpaceNote
from judge.practice.checks import Check
from judge.practice.estimates import (Board, EstimateError, EstimatePrompt, board_of, measured_space, measured_time,
                                      read_growth, was_right)
from judge.practice.round import Round
from judge.verdict import RunResult, Verdict


@pytest.mark.parametrize("said, growth", [
    ("O(n)", Growth.LINEAR), ("o(n)", Growth.LINEAR), ("n", Growth.LINEAR), (" O(N) ", Growth.LINEAR),
    ("O(n log n)", Growth.LINEARITHMIC), ("n log n", Growth.LINEARITHMIC), ("o(nlogn)", Growth.LINEARITHMIC),
    ("O(1)", Growth.CONSTANT), ("1", Growth.CONSTANT), ("log n", Growth.LOG), ("O(n^2)", Growth.QUADRATIC),
    ("n*n", Growth.QUADRATIC), ("O(2^n)", Growth.EXPONENTIAL),
])
def test_an_estimate_is_read_however_a_person_types_it(said, growth):
    assert read_growth(said) is growth


def test_an_empty_answer_is_a_skip():
    assert read_growth("   ") is None


@pytest.mark.parametrize("nonsense", ["fast", "O(n", "O(banana)", "n log k", "42", "a very long answer that is no class at all"])
def test_nonsense_is_refused_in_one_line_naming_it_and_the_classes(nonsense):
    with pytest.raises(EstimateError) as refused:
        read_growth(nonsense)
    message = str(refused.value)
    assert repr(nonsense[:15]).strip("'") in message and "O(n log n)" in message and "\n" not in message and len(message) <= 80


def type_in(prompt: EstimatePrompt, keys: str) -> None:
    for char in keys:
        prompt.key(char)


def test_the_prompt_asks_time_then_space_a_key_at_a_time():
    prompt = EstimatePrompt()
    assert "time complexity" in prompt.question
    assert len("judge: [00:00] " + prompt.question) <= 80  # one line of the plain display at 80 columns
    type_in(prompt, "o(n lox\x7fg n)\r")
    assert not prompt.done and "space complexity" in prompt.question
    type_in(prompt, "o(1)\r")
    assert prompt.done and (prompt.time, prompt.space) == (Growth.LINEARITHMIC, Growth.CONSTANT)


def test_the_prompt_refuses_nonsense_and_asks_the_same_question_again():
    prompt = EstimatePrompt()
    type_in(prompt, "quick\r")
    assert "'quick' is not a class" in prompt.error and "time complexity" in prompt.question and prompt.buffer == ""
    type_in(prompt, "n\r")
    assert prompt.error == "" and "space" in prompt.question


def test_enter_skips_one_question_and_esc_skips_both():
    skipped_time = EstimatePrompt()
    type_in(skipped_time, "\rn\r")
    assert skipped_time.done and (skipped_time.time, skipped_time.space) == (None, Growth.LINEAR)
    skipped_all = EstimatePrompt()
    type_in(skipped_all, "\x1b")
    assert skipped_all.done and skipped_all.time is None and skipped_all.space is None


def test_a_pipe_answers_a_line_at_a_time():
    prompt = EstimatePrompt()
    prompt.line("O(n^2)")
    prompt.line("")
    assert prompt.done and (prompt.time, prompt.space) == (Growth.QUADRATIC, None)


def result_with(complexity: ComplexityNote | None, verdict: Verdict = Verdict.AC) -> RunResult:
    return RunResult("two-sum", "two_sum.py", verdict, complexity=complexity)


def test_measured_classes_come_from_the_judgement_s_complexity_note():
    result = result_with(ComplexityNote(Growth.QUADRATIC, "O(n)", Confidence.CONFIDENT,
                                        space=SpaceNote(Growth.LINEAR, "O(1)", Confidence.LIKELY)))
    assert measured_time(result) is Growth.QUADRATIC and measured_space(result) is Growth.LINEAR
    assert measured_time(result_with(ComplexityNote(None, "O(n)", Confidence.INCONCLUSIVE))) is None
    assert measured_time(result_with(None)) is None and measured_time(None) is None
    no_space = ComplexityNote(Growth.LINEAR, "O(n)", Confidence.CONFIDENT)
    assert measured_space(result_with(no_space)) is None  # not measured


def test_an_in_place_sort_s_own_memory_counts_as_the_expected_o1_for_an_estimate():
    sort_only = SpaceNote(Growth.LINEAR, "O(1)", Confidence.LIKELY, sort_buffer=True)
    assert measured_space(result_with(ComplexityNote(Growth.LINEAR, "O(n log n)", Confidence.CONFIDENT,
                                                     space=sort_only))) is Growth.CONSTANT


def test_the_board_takes_the_last_submission_with_a_note_and_says_why_a_class_is_missing():
    round_ = Round("two-sum", 2700, lambda: 1000.0)
    round_.state(Growth.LINEAR, None)
    inconclusive = ComplexityNote(None, "O(n)", Confidence.INCONCLUSIVE,
                                  space=SpaceNote(None, None, Confidence.NOT_MEASURED))
    measured = ComplexityNote(Growth.QUADRATIC, "O(n)", Confidence.CONFIDENT,
                              space=SpaceNote(None, None, Confidence.INCONCLUSIVE))
    for note, verdict in ((measured, Verdict.TLE), (inconclusive, Verdict.AC), (None, Verdict.RE)):
        round_.judged(Check("submit", 30, result_with(note, verdict)))
    board = board_of(round_, "O(n)", None)  # the RE has no note: the accepted one before it is on the board
    assert board.rows() == [("time", "O(n)", "inconclusive", "O(n)"), ("space", "-", "not measured", "-")]
    round_.submissions.pop(1)
    assert board_of(round_, "O(n)", None).rows() == [("time", "O(n)", "O(n^2)", "O(n)"),
                                                     ("space", "-", "inconclusive", "-")]


def test_the_board_shows_stated_measured_and_expected_side_by_side():
    board = Board(Growth.LINEAR, None, Growth.QUADRATIC, None, "O(n)", "O(1)")
    assert board.rows() == [("time", "O(n)", "O(n^2)", "O(n)"), ("space", "-", "not measured", "O(1)")]
    unsure = Board(None, Growth.CONSTANT, None, None, "O(n)", "O(1)", Confidence.INCONCLUSIVE, Confidence.NOT_MEASURED)
    assert unsure.rows() == [("time", "-", "inconclusive", "O(n)"), ("space", "O(1)", "not measured", "O(1)")]


@pytest.mark.parametrize("stated, measured, expected, accepted, right", [
    ("O(n^2)", "O(n^2)", "O(n)", True, True),  # right about their own code, even though it is not the expected class
    ("O(n)", "O(n^2)", "O(n)", True, False),
    ("O(n)", None, "O(n)", True, True),  # nothing measured: an accepted solution is taken to be of the expected class
    ("O(n^2)", None, "O(n)", False, None),  # nothing measured and not accepted: nothing to check against
    ("O(n log n)", None, "O(n)", True, False),  # a neighbouring class is not right
    (None, "O(n)", "O(n)", True, None),  # no estimate
    ("O(n)", None, "O(n log k)", True, None),  # an expected class outside the seven
])
def test_an_estimate_is_right_against_what_was_measured_else_the_expected_class_of_an_accepted_round(
        stated, measured, expected, accepted, right):
    assert was_right(stated, measured, expected, accepted) is right
