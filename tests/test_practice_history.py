"""The practice history: versioned migrations, and no corruption from a process killed mid-write."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.practice.history import SCHEMA_VERSION, History, HistoryError, SubmissionRecord, connect
from judge.practice.review import ReviewCard


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_DATA_DIR", str(tmp_path / "data"))
    return tmp_path / "data"


def submission(round_id: int, verdict: str = "WA", kind: str = "submit", at: float = 1.0) -> SubmissionRecord:
    return SubmissionRecord(round_id, kind, at, at, verdict, 1, 13, 2.5, 1024, "example 2: ...",
                            source="class Solution: ...")


def test_a_new_history_is_created_at_the_latest_schema_with_write_ahead_logging(data_dir):
    with History() as history:
        assert history.path == data_dir / "history.sqlite3"
        assert history.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert history.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_version_1_history_is_migrated_and_keeps_its_rounds(tmp_path):
    path = tmp_path / "history.sqlite3"
    old = connect(path, target=1)
    old.execute("INSERT INTO rounds (problem_id, track, difficulty, tags, mode, started_at, limit_s, ended_at, "
                "outcome, solve_s) VALUES ('two-sum', 'dsa', 'easy', '[\"array\"]', 'single', 100, 2700, 700, "
                "'accepted', 600)")
    old.execute("INSERT INTO submissions (round_id, kind, at, elapsed_s, verdict, passed, total, time_ms, peak_kb) "
                "VALUES (1, 'submit', 700, 600, 'AC', 13, 13, 3.0, 2048)")
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    with History(path) as history:
        assert history.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        [record] = history.rounds()
        assert (record.problem_id, record.outcome, record.solve_s, record.tags) == ("two-sum", "accepted", 600, ("array",))
        assert record.session is None and record.first_try
        assert history.submissions()[0].complexity is None
        history.save_card(ReviewCard("two-sum", due_at=5.0))  # the table version 2 added
        assert list(history.review_cards()) == ["two-sum"]


def test_a_version_2_history_is_migrated_with_no_hints_and_no_estimates_and_keeps_its_rounds(tmp_path):
    path = tmp_path / "history.sqlite3"
    old = connect(path, target=2)
    old.execute("INSERT INTO rounds (problem_id, track, difficulty, tags, mode, started_at, limit_s, ended_at, "
                "outcome, solve_s, session) VALUES ('two-sum', 'dsa', 'easy', '[]', 'mock', 100, 2700, 700, "
                "'accepted', 600, 'abc')")
    old.close()
    with History(path) as history:
        [record] = history.rounds()
        assert (record.outcome, record.session, record.hints_used) == ("accepted", "abc", 0)
        assert (record.stated_time, record.measured_time, record.expected_time, record.expected_space) == (None,) * 4


def test_hints_and_the_complexity_said_measured_and_expected_are_kept_with_the_round(data_dir):
    with History() as history:
        round_id = history.start_round("best-time-to-buy-and-sell-stock", "dsa", "easy", ("array",), "single", 2700,
                                       expected_time="O(n)", expected_space="O(1)")
        history.record_hints(round_id, 2)
        history.record_estimate(round_id, "O(n)", None)
        history.record_measured(round_id, "O(n^2)", None)
        history.finish_round(round_id, "accepted", 600.0)
    with History() as history:  # read back from the file
        [record] = history.rounds()
    assert record.hints_used == 2
    assert (record.stated_time, record.measured_time, record.expected_time) == ("O(n)", "O(n^2)", "O(n)")
    assert (record.stated_space, record.measured_space, record.expected_space) == (None, None, "O(1)")


def test_a_history_from_a_newer_judge_is_refused_not_damaged(tmp_path):
    path = tmp_path / "history.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    with pytest.raises(HistoryError, match="newer than this judge"):
        History(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_a_file_that_is_not_a_database_is_one_clear_line_and_exit_3(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "history.sqlite3").write_bytes(b"this is not sqlite, just some text " * 200)
    result = CliRunner().invoke(main, ["stats"])
    assert result.exit_code == 3
    assert result.stderr.startswith("judge: error: ") and "cannot be used as the practice history" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output + result.stderr


def test_a_round_closes_with_its_review_card_in_one_transaction(data_dir):
    with History() as history:
        round_id = history.start_round("coin-change", "dsa", "medium", ("dp",), "single", 2700.0, 100.0)
        history.add_submission(submission(round_id))
        history.finish_round(round_id, "timeout", None, ReviewCard("coin-change", due_at=200.0), ended_at=2800.0)
        [record] = history.rounds()
        assert (record.outcome, record.ended_at, record.submits, record.first_verdict) == ("timeout", 2800.0, 1, "WA")
        assert history.review_cards()["coin-change"].due_at == 200.0


WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from judge.practice.history import History, SubmissionRecord
    history = History(Path(sys.argv[1]))
    round_id = history.start_round("two-sum", "dsa", "easy", ("array",), "single", 2700.0)
    print(round_id, flush=True)
    n = 0
    while True:
        n += 1
        history.add_submission(SubmissionRecord(round_id, "check", n, n, "WA", 1, 13, 1.0, 10, "x" * 2000))
        print(n, flush=True)
""")


def test_a_round_killed_mid_write_leaves_a_readable_history_with_every_acknowledged_event(tmp_path):
    path = tmp_path / "history.sqlite3"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    round_id = int(writer.stdout.readline())
    acknowledged = 0
    while acknowledged < 300:
        acknowledged = int(writer.stdout.readline())
    os.kill(writer.pid, signal.SIGKILL)  # mid-stream: most likely inside a transaction
    writer.wait()
    assert writer.returncode == -signal.SIGKILL
    with History(path) as history:
        assert history.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        checks = history.submissions(round_id)
        assert len(checks) >= acknowledged
        assert [check.at for check in checks] == list(range(1, len(checks) + 1))  # no gap, no torn row
        assert history.rounds()[0].outcome == "open"
        assert history.close_abandoned() == 1  # its process is gone
        [record] = history.rounds()
        assert record.outcome == "abandoned" and record.ended_at == len(checks)


def test_a_round_of_a_running_process_is_not_taken_for_abandoned(data_dir):
    with History() as history:
        history.start_round("two-sum", "dsa", "easy", (), "single", 2700.0)
        assert history.close_abandoned() == 0 and history.rounds()[0].outcome == "open"


def test_history_export_to_json_has_every_round_and_submission(data_dir):
    with History() as history:
        first = history.start_round("two-sum", "dsa", "easy", ("array",), "single", 2700.0, 100.0)
        history.add_submission(submission(first, "AC", at=160.0))
        history.finish_round(first, "accepted", 60.0, ended_at=160.0)
        history.start_round("softmax", "ml", "easy", ("numpy",), "mock", 1200.0, 200.0, session="s1")
    result = CliRunner().invoke(main, ["history", "--export", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and [r["problem_id"] for r in data["rounds"]] == ["two-sum", "softmax"]
    assert data["rounds"][0]["submissions"][0]["verdict"] == "AC"
    assert data["rounds"][0]["solve_s"] == 60.0 and data["rounds"][1]["session"] == "s1"


def test_history_export_to_csv_is_one_row_per_round(data_dir, tmp_path):
    with History() as history:
        round_id = history.start_round("two-sum", "dsa", "easy", ("array", "hash-table"), "single", 2700.0, 100.0)
        history.finish_round(round_id, "gave_up", None, ended_at=400.0)
    out = tmp_path / "rounds.csv"
    result = CliRunner().invoke(main, ["history", "--export", "csv", "--output", str(out)])
    assert result.exit_code == 0 and "wrote 1 rounds" in result.stderr
    [row] = list(csv.DictReader(io.StringIO(out.read_text())))
    assert (row["problem_id"], row["outcome"], row["tags"]) == ("two-sum", "gave_up", "array|hash-table")
    assert (row["started_at"], row["ended_at"]) == ("1970-01-01T00:01:40+00:00", "1970-01-01T00:06:40+00:00")


def test_past_code_is_printed_by_problem_or_by_submission_id(data_dir):
    with History() as history:
        first = history.start_round("two-sum", "dsa", "easy", ("array",), "single", 2700.0, 100.0)
        history.add_submission(SubmissionRecord(first, "submit", 110.0, 10.0, "WA", 3, 13, 2.5, 1024, "",
                                                source="first try\n"))
        history.add_submission(SubmissionRecord(first, "check", 115.0, 15.0, "WA", 3, 13, 2.5, 1024, ""))
        history.add_submission(SubmissionRecord(first, "final", 120.0, 20.0, "AC", 13, 13, 2.5, 1024, "",
                                                source="second try\n"))
        other = history.start_round("softmax", "ml", "easy", ("numpy",), "single", 2700.0, 200.0)
        history.add_submission(SubmissionRecord(other, "submit", 210.0, 10.0, "AC", 5, 5, 2.5, 1024, "",
                                                source="softmax code\n"))
    last = CliRunner().invoke(main, ["history", "two_sum", "--code"])
    assert last.exit_code == 0 and last.stdout == "second try\n" and "AC 13/13" in last.stderr
    by_id = CliRunner().invoke(main, ["history", "--code", "--submission", "1"])
    assert by_id.exit_code == 0 and by_id.stdout == "first try\n"
    missing = CliRunner().invoke(main, ["history", "--code", "--submission", "99"])
    assert missing.exit_code == 2 and "no code stored for submission 99" in missing.stderr


def test_history_piped_is_whole_tab_separated_lines(data_dir):
    with History() as history:
        history.start_round("longest-substring-without-repeating-characters", "dsa", "medium", (), "single", 2700.0,
                            100.0)
    result = CliRunner().invoke(main, ["history"])
    header, row = result.stdout.splitlines()
    assert header.split("\t")[:2] == ["started", "problem"]
    assert row.split("\t")[1] == "longest-substring-without-repeating-characters"


def test_output_without_export_is_a_usage_error(data_dir):
    result = CliRunner().invoke(main, ["history", "--output", "x.csv"])
    assert result.exit_code == 2 and result.stderr.startswith("judge: error: --output needs --export")


def test_two_connections_opening_a_new_history_at_once_both_get_it(tmp_path):
    """The web page and the terminal may open a brand-new history together: the second waits, then
    finds it migrated, instead of failing on 'table rounds already exists'."""
    import threading

    path = tmp_path / "history.sqlite"
    errors, start = [], threading.Barrier(4)

    def open_it():
        start.wait()
        try:
            connect(path).close()
        except Exception as error:  # noqa: BLE001 - the failure is what the test looks for
            errors.append(error)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
