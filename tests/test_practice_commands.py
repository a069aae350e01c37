"""`judge stats`, `judge review` and `judge practice`'s choice of problem, over a real history file."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.practice.history import History, SubmissionRecord
from judge.practice.review import DAY_S, ReviewCard


@pytest.fixture
def history(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("JUDGE_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    with History() as store:
        yield store


def a_round(history: History, problem_id: str, tags: tuple[str, ...], outcome: str, solve_s: float | None,
            verdicts: tuple[str, ...], days_ago: float = 0.0) -> None:
    started = time.time() - days_ago * DAY_S
    round_id = history.start_round(problem_id, "dsa", "medium", tags, "single", 2700.0, started)
    for index, verdict in enumerate(verdicts):
        history.add_submission(SubmissionRecord(round_id, "submit", started + 60 * (index + 1), 60.0 * (index + 1),
                                                verdict, 1, 13, 1.0, 100))
    history.finish_round(round_id, outcome, solve_s, ended_at=started + (solve_s or 2700))


def judge(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_stats_reads_at_a_glance(history):
    for days_ago, solve_s in ((4, 1800), (3, 1500), (2, 1200), (1, 900), (0, 600)):
        a_round(history, "3sum", ("array", "two-pointers"), "accepted", solve_s, ("AC",), days_ago)
    a_round(history, "coin-change", ("dp",), "timeout", None, ("WA", "TLE"))
    a_round(history, "word-break", ("dp", "string"), "gave_up", None, ())
    result = judge("stats", "--color", "never")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "1/" in out and "problems solved · 7 rounds, 5 accepted" in out
    assert "median time to Accepted 20:00" in out and "faster" in out
    assert "▁" in out and "█" in out  # the chart of time to Accepted
    assert "first-try Accepted 83% (5/6" in out and "streak 5 days" in out
    assert "weakest tags: dp (0/2 accepted)" in out


def test_stats_as_json(history):
    a_round(history, "3sum", ("array",), "accepted", 700, ("WA", "AC"))
    data = json.loads(judge("stats", "--json").stdout)
    assert data["schema_version"] == 1 and data["solved"] == 1 and data["median_solve_s"] == 700
    assert data["first_try_rate"] == 0.0 and data["streak_days"] == 1


def a_round_with_estimates(history: History, outcome: str, stated: tuple, measured: tuple,
                           expected: tuple = ("O(n)", "O(1)")) -> None:
    round_id = history.start_round("two-sum", "dsa", "easy", ("array",), "single", 2700.0, time.time(),
                                   expected_time=expected[0], expected_space=expected[1])
    history.record_estimate(round_id, *stated)
    history.record_measured(round_id, *measured)
    history.finish_round(round_id, outcome, 600.0 if outcome == "accepted" else None)


def test_stats_says_how_often_your_own_estimates_were_right_time_and_space_apart(history):
    a_round_with_estimates(history, "accepted", ("O(n)", "O(1)"), ("O(n)", None))  # time right; space vs expected
    a_round_with_estimates(history, "accepted", ("O(n)", "O(n)"), ("O(n^2)", None))  # both wrong
    a_round_with_estimates(history, "timeout", ("O(n^2)", "O(1)"), (None, None))  # nothing to check against
    a_round_with_estimates(history, "accepted", (None, None), ("O(n)", None))  # nothing said
    out = judge("stats", "--color", "never").stdout
    assert "your complexity estimates right: time 50% (1/2) · space 50% (1/2)" in out
    data = json.loads(judge("stats", "--json").stdout)
    assert data["time_estimates"] == {"right": 1, "judged": 2, "rate": 0.5}
    assert data["space_estimates"] == {"right": 1, "judged": 2, "rate": 0.5}


def test_stats_before_any_estimate_says_how_to_give_one(history):
    a_round(history, "3sum", ("array",), "accepted", 700, ("AC",))
    assert "your complexity estimates: none to check yet" in judge("stats", "--color", "never").stdout


def test_stats_with_no_rounds_says_how_to_start(history):
    assert "start one with `judge practice`" in judge("stats").stdout


def test_review_lists_what_is_due_and_what_comes_later(history):
    now = time.time()
    history.save_card(ReviewCard("coin-change", 0, 1.0, 1.96, now - DAY_S, 1, now - 2 * DAY_S))
    history.save_card(ReviewCard("3sum", 1, 1.0, 2.36, now + 2 * DAY_S, 3, now))
    out = judge("review", "--color", "never").stdout
    assert "1 due now · 2 in the queue" in out
    assert out.index("coin-change") < out.index("3sum") and "`judge practice` starts with coin-change" in out
    data = json.loads(judge("review", "--json").stdout)
    assert [(card["problem_id"], card["due"]) for card in data["cards"]] == [("coin-change", True), ("3sum", False)]


def test_practice_brings_back_the_problem_due_for_review(history, tmp_path):
    now = time.time()
    history.save_card(ReviewCard("coin-change", 0, 1.0, 1.96, now - 3 * DAY_S, 1, now - 4 * DAY_S))
    history.save_card(ReviewCard("3sum", 0, 1.0, 1.96, now - 3600, 1, now - DAY_S))
    result = judge("practice", "--sandbox", "local", input="q\nq\n")
    assert result.exit_code == 1, result.output
    assert "coin-change · due for review, 3 days overdue" in result.stdout
    assert (tmp_path / "ws" / "coin_change.py").is_file()
    assert history.rounds()[-1].problem_id == "coin-change"


def test_practice_filters_that_match_nothing_are_a_usage_error(history):
    result = judge("practice", "--track", "ml", "--tag", "graph", "--sandbox", "local")
    assert result.exit_code == 2
    assert result.stderr == "judge: error: no problem matches track ml, tag graph (see `judge list` for tracks and tags)\n"


def test_a_mock_round_with_a_chosen_problem_is_a_usage_error(history):
    result = judge("practice", "two-sum", "--round", "mock")
    assert result.exit_code == 2 and result.stderr.startswith("judge: error: --round mock picks")


def test_an_earlier_rounds_file_is_never_overwritten(history, tmp_path):
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "two_sum.py").write_text("# my earlier attempt\n")
    result = judge("practice", "two-sum", "--sandbox", "local", input="q\nq\n")
    assert "edit " + str(tmp_path / "ws" / "two_sum_2.py") in result.stdout
    assert (tmp_path / "ws" / "two_sum.py").read_text() == "# my earlier attempt\n"


def test_a_mock_rounds_ml_part_can_come_from_a_chosen_group(history):
    import random

    from judge.practice.session import Plan, choose
    from judge.problem import load_problem

    for seed in range(5):
        coding, ml = choose(Plan(mock=True, ml_tags=("retrieval",)), history, time.time(), random.Random(seed))
        assert load_problem(coding.problem_id).track == "dsa"
        assert "retrieval" in load_problem(ml.problem_id).tags


def test_an_ml_group_without_a_mock_round_is_a_usage_error(history):
    result = judge("practice", "--ml-tag", "retrieval", "--sandbox", "local")
    assert result.exit_code == 2 and "--ml-tag chooses a mock round's ML part" in result.stderr
