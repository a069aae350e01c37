"""Answers are checked on the host against one schema: a frame the submission forged is its own failure.

The child runs the submission in its own process, so the submission can write any frame
to its answer pipe. Whatever arrives, the host gives a clean verdict: Runtime Error with
the reason for anything outside the schema, a well-formed wrong answer is Wrong Answer,
never Accepted for a malformed value, never an Internal Error, never a traceback.
No sandbox is needed: these are the frames as the runner forwards them.
"""

from __future__ import annotations

import io
import json
import math
import time
from pathlib import Path

import numpy
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console

from judge.backends.base import Sandbox, WorkerResult, _with_answer, frames
from judge.backends.schema import MAX_MESSAGE, Malformed, answer_from_json, checked_answer
from judge.cases import example_cases
from judge.judging import Judgement, RunOptions
from judge.problem import load_problem
from judge.reference import Reference
from judge.report import TerminalReport, to_json
from judge.submission import Submission
from judge.tagged import brief
from judge.verdict import RunResult, Verdict
from judge_worker import canonical

PROBLEMS = ("two-sum", "softmax", "coin-change", "auc-roc", "group-anagrams", "longest-palindromic-substring")
MEASURED = {"op": "result", "answer_follows": True, "cpu_ms": 1.0, "wall_ms": 2.0, "peak_kb": 10,
            "output_bytes": 0, "stdout": ""}


class Target:
    """A problem's first example and its expected answer, and a judgement that opens no sandbox."""

    def __init__(self, problem_id: str):
        self.problem = load_problem(problem_id)
        self.case = example_cases(self.problem)[0]
        self.expected = Reference(self.problem).answer(self.case)
        # A submission that does not compile: the judgement never opens a session.
        self.judgement = Judgement(self.problem, Submission(Path("forged.py"), "x = 1\n"), RunOptions(), Sandbox())

    def reused(self, body: bytes):
        """The verdict for `body` as the answer frame a reused child wrote (forwarded unread)."""
        return self.verdict(WorkerResult.from_message(_with_answer(MEASURED, (b"", body))))

    def fresh(self, message: dict):
        """The verdict for `message` as a fresh child's last frame (the runner's fields win)."""
        return self.verdict(WorkerResult.from_message({**message, **MEASURED}))

    def verdict(self, worker: WorkerResult):
        return self.judgement.verdict_for(self.case, worker, lambda: self.expected)


@pytest.fixture(scope="module")
def targets():
    made = {problem_id: Target(problem_id) for problem_id in PROBLEMS}
    yield made
    for target in made.values():
        target.judgement.__exit__(None, None, None)


def ok_frame(value) -> bytes:
    """An "ok" answer in the child's own form (the host's fast path keeps its value as bytes)."""
    return b'{"status":"ok","call_ms":1.5,"value":' + json.dumps(value, separators=(",", ":")).encode() + b"}"


def array(shape, data, dtype="float64"):
    return {"$ndarray": {"shape": shape, "dtype": dtype, "data": data}}


def both_paths(target: Target, value):
    """The verdicts for `value` sent as a reused child's answer and as a fresh child's result."""
    return target.reused(ok_frame(value)), target.fresh({"status": "ok", "value": value})


def test_an_empty_array_claiming_the_answers_shape_is_a_runtime_error_not_accepted(targets):
    for result in both_paths(targets["two-sum"], array([2], [], "int64")):
        assert result.verdict is Verdict.RE
        assert "shape (2,) holds 0 elements where it needs 2" in result.reason


def test_an_array_of_shape_nothing_does_not_stand_for_any_scalar(targets):
    for result in both_paths(targets["coin-change"], array([], [], "int64")):
        assert result.verdict is Verdict.RE


def test_a_zero_dimensional_array_holding_the_right_number_is_compared_as_that_number(targets):
    target = targets["auc-roc"]
    assert target.reused(ok_frame(array([], [target.expected]))).verdict is Verdict.AC
    assert target.reused(ok_frame(array([], [target.expected + 0.5]))).verdict is Verdict.WA


def test_a_trillion_element_shape_is_refused_from_its_numbers_before_anything_is_built(targets):
    started = time.perf_counter()
    for result in both_paths(targets["softmax"], array([10**12, 1], [])):
        assert result.verdict is Verdict.RE and "more than 5,000,000 elements" in result.reason
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize("value, why", [
    ({"$float": "bogus"}, "none of nan, inf, -inf"),
    ({"$dict": 5}, "list of [key, value] pairs"),
    ({"$tuple": [1]}, "unknown tag"),
    ({"a": 1}, "unknown tag"),
    ({"$float": "nan", "x": 1}, "2 keys"),
    (array([2], [1.0, "x"]), "holds str"),
    (array([2], [1.0, {"$float": ["nan"]}]), "holds something other than floats"),
    ({"$float": ["nan"]}, "none of nan, inf, -inf"),
    (array([2], [1, 2.5], "int64"), "holds float"),
    (array([2], [True, 1], "bool"), "holds int"),
    (array([-1], []), "non-negative ints"),
    (array([2], [1.0, 2.0], "object"), "not a numeric one"),
])
def test_a_malformed_tag_is_a_runtime_error_saying_what_is_wrong(targets, value, why):
    for result in both_paths(targets["two-sum"], value):
        assert result.verdict is Verdict.RE and why in result.reason, result.reason


@pytest.mark.parametrize("message, why", [
    ({"status": "ok", "call_ms": "fast", "value": [0, 1]}, "call_ms must be a finite number"),
    ({"status": "error", "error": ["ZeroDivisionError"]}, "an error must be an object"),
    ({"status": "error", "error": {"type": 7, "message": "x"}}, "error's type must be str"),
    ({"status": "ok", "value_json": 12}, "value_json must be JSON text"),
    ({"status": "accepted", "value": [0, 1]}, "unknown status 'accepted'"),
    ({"status": ["ok"]}, "unknown status list"),
    ({"status": "ok", "measure": {"cpu_ns": "fast"}}, "cpu_ns must be a list of numbers"),
    ({"status": "crash", "signal": {"number": 40}}, "signal must be text"),
])
def test_a_forged_field_is_a_runtime_error_never_an_internal_error(targets, message, why):
    result = targets["two-sum"].fresh(message)
    assert result.verdict is Verdict.RE and why in result.reason, result.reason


def test_a_forged_ok_answer_with_fields_after_its_value_is_a_runtime_error(targets):
    body = b'{"status":"ok","call_ms":1,"value":[0,1],"status":"bogus"}'
    assert targets["two-sum"].reused(body).verdict is Verdict.RE


def test_bare_nan_and_deep_nesting_are_runtime_errors(targets):
    target = targets["two-sum"]
    assert target.reused(b'{"status":"ok","call_ms":1,"value":[NaN,1]}').verdict is Verdict.RE
    deep = b"[" * 200_000 + b"]" * 200_000
    assert target.reused(b'{"status":"ok","call_ms":1,"value":' + deep + b"}").verdict is Verdict.RE
    assert target.reused(b'{"status":"ok","value":' + deep + b',"call_ms":1}').verdict is Verdict.RE
    nested = [0]
    for _ in range(canonical.MAX_DEPTH + 5):
        nested = [nested]
    assert target.reused(ok_frame(nested)).verdict is Verdict.RE


def test_more_elements_than_the_sandbox_allows_is_a_runtime_error():
    with pytest.raises(Malformed, match="more than 5,000,000 elements"):
        checked_answer([[0] * 1000 for _ in range(5001)])


def test_a_frame_of_more_values_than_any_answer_is_refused_from_its_bytes_before_decoding(targets):
    forged = b"[" + b"0," * 25_000_000 + b"0]"  # 50 MB that would decode to 25 M list items
    for body in (b'{"status":"ok","call_ms":1,"value":' + forged + b"}", b'{"status":"ok","value":' + forged + b"}"):
        started = time.perf_counter()
        assert targets["two-sum"].reused(body).verdict is Verdict.RE
        assert time.perf_counter() - started < 2


def test_a_string_of_many_commas_is_one_value(targets):
    result = targets["longest-palindromic-substring"].reused(ok_frame("," * 25_000_000))
    assert result.verdict is Verdict.WA


def test_a_5000_digit_int_is_a_wrong_answer_not_a_broken_runtime(targets):
    result = targets["coin-change"].reused(b'{"status":"ok","call_ms":1,"value":' + b"7" * 5000 + b"}")
    assert result.verdict is Verdict.WA and "5000-digit int" in result.reason


@pytest.mark.parametrize("problem_id", ["two-sum", "coin-change", "auc-roc", "softmax"])
def test_an_int_past_a_floats_range_is_a_wrong_answer_where_any_answer_is_expected(targets, problem_id):
    for value in (10**400, [10**400, -(10**400)], array([2], [10**400, 1], "int64")):
        verdict = targets[problem_id].reused(ok_frame(value)).verdict
        assert verdict in (Verdict.WA, Verdict.RE)


def test_an_error_message_of_20_mb_is_cut_to_a_few_kilobytes(targets):
    result = targets["two-sum"].fresh({"status": "error", "error": {"type": "ValueError", "message": "x" * 20_000_000}})
    assert result.verdict is Verdict.RE and MAX_MESSAGE <= len(result.reason) < MAX_MESSAGE + 100
    assert "more characters not shown" in result.reason


def test_the_real_answers_of_every_problem_pass_the_schema_unchanged(targets):
    for target in targets.values():
        encoded = frames.json_bytes(target.expected)
        assert answer_from_json(encoded) == target.expected
        assert target.reused(ok_frame(target.expected)).verdict is Verdict.AC


# Values as a submission may return them: the canonical form of each always passes the schema.
python_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(st.integers() | st.text(max_size=3), inner, max_size=3),
    max_leaves=20)
arrays = st.sampled_from(["float64", "float32", "int64", "uint8", "bool", "float16"]).flatmap(
    lambda dtype: st.lists(st.integers(0, 3), max_size=3).map(
        lambda shape: (numpy.arange(math.prod(shape)) % 3).astype(dtype).reshape(shape)))


@settings(max_examples=300, deadline=None)
@given(python_values | arrays)
def test_every_canonical_answer_passes_the_schema_unchanged(value):
    answer = canonical.canonicalise(value, numpy)
    assert answer_from_json(frames.json_bytes(answer)) == answer


# Frames as a hostile submission may write them: tags with any payload, shapes that lie, odd fields.
TAGS = ["$float", "$dict", "$ndarray", "$opaque", "$other", "shape", "data", "dtype"]
scalars = st.none() | st.booleans() | st.integers() | st.sampled_from([10**400, -(2**64)]) | st.floats() \
    | st.text(max_size=5) \
    | st.sampled_from(["nan", "inf", "-inf", "float64", "int64", "bool"])
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.sampled_from(TAGS), inner, max_size=3), max_leaves=25)
forged_arrays = st.builds(lambda shape, data, dtype: array(shape, data, dtype),
                          st.lists(st.integers(-1, 3) | st.sampled_from([10**12, 2**64]), max_size=3)
                          | json_values, json_values, st.sampled_from(["float64", "int64", "bool", "object"]) | scalars)
answers = st.recursive(json_values | forged_arrays,
                       lambda inner: st.lists(inner, max_size=3) | st.builds(lambda pairs: {"$dict": pairs},
                                                                              st.lists(inner, max_size=3)),
                       max_leaves=10)
fields = st.dictionaries(st.sampled_from(["status", "call_ms", "error", "value", "value_json", "measure", "signal",
                                          "reason", "exit_code", "phase"]),
                         st.sampled_from(["ok", "error", "crash", "tle", "bogus"]) | json_values, max_size=5)


def well_formed(value) -> bool:
    try:
        checked_answer(value)
        return True
    except Malformed:
        return False


def assert_clean(target: Target, value, result) -> None:
    """A verdict a careful judge gives, reported by every writer without an error."""
    assert result.verdict is not Verdict.IE, result.reason  # a forged "tle" is the submission's own TLE
    assert well_formed(value) or result.verdict is not Verdict.AC
    run = RunResult(target.problem.id, "forged.py", result.verdict, [result], hidden_total=1)
    json.dumps(to_json(run))
    TerminalReport(Console(file=io.StringIO(), no_color=True), verbose=True).show(run)
    brief(result.got)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PROBLEMS), answers)
def test_any_forged_answer_gets_a_clean_verdict_and_never_accepted_when_malformed(targets, problem_id, value):
    target = targets[problem_id]
    body = json.dumps(value, separators=(",", ":")).encode()
    for result in (target.reused(b'{"status":"ok","call_ms":1,"value":' + body + b"}"),
                   target.fresh({"status": "ok", "value": value})):
        assert result.verdict in ((Verdict.AC, Verdict.WA) if well_formed(value) else (Verdict.RE,))
        assert_clean(target, value, result)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PROBLEMS), fields)
def test_any_forged_result_message_gets_a_clean_verdict(targets, problem_id, message):
    target = targets[problem_id]
    for result in (target.fresh(message), target.reused(json.dumps(message).encode())):
        assert result.verdict is not Verdict.IE, result.reason
        if result.verdict is Verdict.AC:
            assert message.get("status") == "ok" and "value" in message
            checked_answer(message["value"])
        assert_clean(target, message.get("value"), result)
