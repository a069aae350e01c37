"""What a submission wrote reaches a terminal or a file safely, and --json keeps it exactly.

A submission controls its output, its exception messages and the names in its answers.
Every report for people shows control sequences as visible escapes (no fake "Accepted"
drawn over the screen), no lone surrogate or file name that is not UTF-8 makes a writer
fail, and the JSON report keeps the exact text.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rich.console import Console

from judge.cases import Case
from judge.grading.discovery import Solution, Unmatched
from judge.grading.github import annotations, append_step_summary
from judge.grading.grader import Graded
from judge.grading.jsonreport import grade_json
from judge.grading.junit import junit_xml
from judge.grading.markdown import grade_markdown
from judge.grading.summary import GradeReport
from judge.grading.terminal import show_report
from judge.practice.checks import Check, failure_line
from judge.report import TerminalReport, to_json
from judge.text import visible, visible_name
from judge.verdict import CaseResult, ErrorInfo, RunResult, Verdict

CLEAR_AND_FAKE = "\x1b[2J\x1b[H\x1b]0;owned\x07\x9b1;1H✔ Accepted\r"
LONE_SURROGATE = "bad \ud800 text"
NOT_UTF8_NAME = os.fsdecode(b"two_sum_\xff\xfe.py")  # as os.walk gives a name that is not UTF-8
HOSTILE_TEXT = CLEAR_AND_FAKE + LONE_SURROGATE


def hostile_result(verdict: Verdict = Verdict.RE) -> RunResult:
    """A run whose failing case carries the submission's text everywhere it can."""
    error = ErrorInfo("ValueError", f"ValueError: {HOSTILE_TEXT}", 3, None, f'  File "x.py", line 3\n{HOSTILE_TEXT}')
    case = CaseResult(Case("example 1", {"s": "ab"}, "example"), verdict, expected=[0, 1],
                      got=[{"$opaque": "\x1b[31mEvil"}, HOSTILE_TEXT], reason=f"ValueError: {HOSTILE_TEXT}",
                      hint=HOSTILE_TEXT, error=error, stdout=HOSTILE_TEXT)
    return RunResult("two-sum", NOT_UTF8_NAME, verdict, [case], hidden_total=1, time_limit_s=1.0)


def assert_safe_for_people(text: str) -> None:
    """No control character but newline and tab, no lone surrogate: it encodes as UTF-8 and steers nothing."""
    text.encode("utf-8")
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in text), repr(text)


def terminal(show) -> str:
    console = Console(file=io.StringIO(), no_color=True, width=200)
    show(console)
    return console.file.getvalue()


@pytest.mark.parametrize("verdict", [Verdict.RE, Verdict.WA])
def test_the_run_report_shows_control_sequences_as_visible_escapes(verdict):
    shown = terminal(lambda console: TerminalReport(console, verbose=True).show(hostile_result(verdict)))
    assert_safe_for_people(shown)
    assert "\\x1b[2J" in shown and "\\ud800" in shown


def test_the_json_report_keeps_the_exact_text():
    data = json.loads(json.dumps(to_json(hostile_result())))
    assert data["failed_case"]["reason"] == f"ValueError: {HOSTILE_TEXT}"
    assert data["failed_case"]["stdout"] == HOSTILE_TEXT
    assert data["submission"] == NOT_UTF8_NAME


def grade_report() -> GradeReport:
    rejected = Graded(Solution(NOT_UTF8_NAME, "two-sum", Path("/x") / NOT_UTF8_NAME), Verdict.RE, hostile_result())
    broken = Graded(Solution("b\x1b[2J.py", "two-sum", Path("/x/b.py")), Verdict.RE, message=HOSTILE_TEXT)
    unmatched = Unmatched(os.fsdecode(b"odd_\xff\x1b.py"), f"its '# judge: {CLEAR_AND_FAKE}' header names no problem")
    return GradeReport([rejected, broken], [unmatched])


def test_every_grading_report_for_people_is_safe_and_names_the_file_losslessly(tmp_path, monkeypatch):
    report = grade_report()
    shown = terminal(lambda console: show_report(console, report))
    markdown = grade_markdown(report)
    junit = junit_xml(report)
    github = "\n".join(annotations(report))
    for text in (shown, markdown, junit, github):
        assert_safe_for_people(text)
        assert visible_name(NOT_UTF8_NAME) in text and "two_sum_\\udcff\\udcfe.py" in text
    assert {case.get("file") for case in ET.fromstring(junit).iter("testcase")} >= {"two_sum_\\udcff\\udcfe.py"}
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "summary.md"))
    append_step_summary(report)
    assert (tmp_path / "summary.md").read_text(encoding="utf-8") == markdown


def test_the_grading_json_keeps_exact_names_and_text():
    data = json.loads(json.dumps(grade_json(grade_report())))
    first = data["solutions"][0]
    assert first["path"] == NOT_UTF8_NAME and os.fsencode(first["path"]) == b"two_sum_\xff\xfe.py"
    assert first["result"]["failed_case"]["stdout"] == HOSTILE_TEXT


def test_practice_shows_the_first_failure_safely():
    check = Check(kind="submit", elapsed_s=1.0, result=hostile_result())
    assert_safe_for_people(failure_line(check))


def test_escapes_keep_plain_text_newlines_and_tabs_and_name_every_other_control():
    assert visible("plain text, café ✔\n\tindented") == "plain text, café ✔\n\tindented"
    assert visible("\x1b[2J\x9b\x7f\u202e\ud800") == "\\x1b[2J\\x9b\\x7f\\u202e\\ud800"
    assert visible_name("a\\b\nc\udcff.py") == "a\\\\b\\x0ac\\udcff.py"


def test_judge_grade_writes_every_report_for_a_file_not_named_in_utf8_raising_hostile_text(tmp_path):
    """The whole command, as CI runs it: the solution's name is not UTF-8 and its exception holds escapes
    and a lone surrogate; every report is written whole, and the run ends with the verdict's exit code."""
    source = ("# judge: two-sum\ndef two_sum(nums, target):\n"
              "    print('\\x1b[2J\\x1b[32mAccepted')\n    raise ValueError(chr(0xd800) + '\\x1b[2J' + 'x' * 10**6)\n")
    (tmp_path / os.fsdecode(b"sol_\xff.py")).write_text(source, encoding="utf-8", errors="surrogateescape")
    environment = dict(os.environ, NO_COLOR="1", CI="1", GITHUB_ACTIONS="true",
                       GITHUB_STEP_SUMMARY=str(tmp_path / "summary.md"))
    done = subprocess.run([str(Path(sys.executable).parent / "judge"), "grade", ".", "--sandbox", "local",
                           "--no-properties", "--junit", "junit.xml", "--markdown", "summary-file.md"],
                          cwd=tmp_path, capture_output=True, timeout=120, env=environment)
    assert done.returncode == 1, done.stderr
    for name in ("junit.xml", "summary-file.md", "summary.md"):
        text = (tmp_path / name).read_bytes().decode("utf-8")
        assert_safe_for_people(text)
        assert "sol_\\udcff.py" in text
    assert ET.parse(tmp_path / "junit.xml").getroot().find(".//testcase").get("file") == "sol_\\udcff.py"
    for stream in (done.stdout, done.stderr):
        assert_safe_for_people(stream.decode("utf-8"))
