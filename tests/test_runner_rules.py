"""The runner's rules, without Docker: statuses and their verdicts, names for any signal, frames on a
stream, the child's frames read without ever failing, how a child's end is classified, canonical
answers and LeetCode's node conversions, long ints, and CPU billed for every process a case starts.

The runner runs here as the local backend runs it, a subprocess of the host; what only the
container can do (its CPU counter, emptying /tmp and IPC) is tested in tests/hostile/.
"""

from __future__ import annotations

import io
import json
import signal
import struct
import tempfile
import textwrap
import types

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge.backends.base import LoadRequest, WorkerResult
from judge.backends.local import LocalSandbox
from judge.judging import FAILURE_VERDICTS
from judge.problem import load_problem
from judge.verdict import Verdict
from judge_worker import canonical, frames, leetcode, runner
from judge_worker.protocol import CHILD_STATUSES, GARBLED, MAX_MESSAGE, RUNNER_STATUSES, Reason, Status, signal_name


def frame(message) -> bytes:
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return struct.pack(">I", len(body)) + body


JSON_MESSAGES = st.dictionaries(st.text(max_size=5), st.none() | st.booleans() | st.integers() | st.text(max_size=5)
                                | st.floats(allow_nan=False, allow_infinity=False), max_size=4)


# Statuses and verdicts

def test_every_status_but_an_answer_has_a_verdict_and_none_is_the_judges_fault():
    assert set(FAILURE_VERDICTS) | {Status.OK} == set(Status)
    assert Verdict.IE not in FAILURE_VERDICTS.values()


def test_the_host_reads_every_status_the_runner_sends_and_anything_else_as_malformed():
    for status in RUNNER_STATUSES:
        assert WorkerResult.from_message({"status": status.value}).status is status
    for forged in ("accepted", "malformed", "", 7, None, ["ok"]):
        assert WorkerResult.from_message({"status": forged}).status is Status.MALFORMED


def test_a_child_may_give_only_the_statuses_of_an_answer():
    assert CHILD_STATUSES == {Status.OK, Status.ERROR, Status.COMPILE_ERROR, Status.TOO_LARGE}
    assert CHILD_STATUSES < RUNNER_STATUSES and Status.MALFORMED not in RUNNER_STATUSES


# Signals

@pytest.mark.parametrize("number", range(1, 70))
def test_every_signal_number_has_a_name(number):
    assert signal_name(number)


def test_real_time_signals_are_named_from_sigrtmin():
    assert signal_name(signal.SIGSEGV) == "SIGSEGV"
    assert signal_name(signal.SIGRTMIN + 6) == "SIGRTMIN+6"
    assert signal_name(99) == "signal 99"


# Frames on a stream

@settings(max_examples=100, deadline=None)
@given(st.lists(JSON_MESSAGES, min_size=1, max_size=4), st.integers(1, 7))
def test_frames_read_back_whole_however_the_stream_cuts_them(messages, chunk):
    stream = io.BytesIO(b"".join(frames.encode(message) for message in messages))
    read = lambda size: stream.read(min(size, chunk))  # noqa: E731  a pipe hands over what it has
    assert [frames.read_frame(read) for _ in messages] == messages
    assert frames.read_frame(read) is None  # the end of the stream


def test_a_stream_that_ends_inside_a_frame_is_its_end_and_an_oversized_header_is_refused():
    whole = frames.encode({"op": "case"})
    assert frames.read_frame(io.BytesIO(whole[:2]).read) is None
    assert frames.read_frame(io.BytesIO(whole[:-1]).read) is None
    with pytest.raises(ValueError, match="larger than"):
        frames.read_frame(io.BytesIO(struct.pack(">I", frames.MAX_FRAME + 1)).read)


def test_nan_and_the_infinities_are_neither_written_nor_read():
    for constant in (float("nan"), float("inf")):
        with pytest.raises(ValueError):
            frames.encode({"value": constant})
    for body in (b'{"value":NaN}', b'{"value":-Infinity}'):
        with pytest.raises(ValueError, match="is not JSON"):
            frames.decode(body)


# What a fresh child wrote

def test_a_childs_last_frame_is_its_result():
    assert runner.child_result(frame({"status": "ok", "value": 1}) + frame({"status": "ok", "value": 2})) == {
        "status": "ok", "value": 2}
    assert runner.child_result(b"") is None


@pytest.mark.parametrize("written", [
    frame(b'{"status":"ok","value":' + b"[" * 30_000 + b"]" * 30_000 + b"}"),  # a long one goes to the host
    frame(b"not json"),
    frame(b"\xff\xfe"),
    frame([1, 2]),
    frame({"status": "accepted"}),
    frame({"status": "tle"}),  # only the runner says a case timed out
    frame({"status": ["ok"]}),
    frame({"value": 1}),
    frame(b'{"status":"ok","value":Infinity}'),  # NaN and the infinities are not JSON
    frame(b'{"status":"ok","value":[NaN]}'),
    b"\x00\x00",
    struct.pack(">I", 100) + b"{}",
], ids=["30,000 deep", "garbage", "not utf-8", "a list", "unknown status", "a runner's status",
        "status of the wrong type", "no status", "infinity", "NaN", "a partial header", "a partial frame"])
def test_anything_else_a_child_writes_is_its_garbled_answer(written):
    assert runner.child_result(written) == {"status": "crash", "signal": GARBLED}


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                    max_leaves=20)
FIELDS = st.fixed_dictionaries({}, optional={"status": st.sampled_from([s.value for s in Status]) | JSON,
                                             "error": JSON, "value": JSON, "call_ms": JSON})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FIELDS.map(frame), JSON.map(frame), st.binary(max_size=64)), max_size=3))
def test_whatever_a_child_writes_the_runner_reads_a_child_status_or_a_garbled_crash(written):
    result = runner.child_result(b"".join(written))
    assert result is None or result["status"] in CHILD_STATUSES or result == {"status": "crash", "signal": GARBLED}
    assert runner._result_frame(result or {})  # and it can pass it on


def test_a_childs_error_texts_are_cut_and_its_other_fields_left_to_the_host():
    result = runner.child_result(frame({"status": "error", "error": {"type": "E", "message": "x" * 60_000}}))
    assert len(result["error"]["message"]) < MAX_MESSAGE + 100
    huge = runner.child_result(frame({"status": "error", "error": {"type": "E", "message": "x" * 20_000_000}}))
    assert huge == {"status": "crash", "signal": GARBLED}  # the child's own code cuts its messages
    listed = runner.child_result(frame({"status": "error", "error": ["ZeroDivisionError"]}))
    assert WorkerResult.from_message(listed).status is Status.MALFORMED


def test_a_long_answer_is_passed_on_unread():
    long_answer = frame(b'{"status":"ok","call_ms":1,"value":[' + b"0," * 60_000_000 + b'0]}')
    forwarded = runner.child_result(frame({"status": "ok", "value": 1}) + long_answer)
    assert type(forwarded) is runner.Forwarded and forwarded.frame == long_answer


def test_a_reused_childs_long_frame_must_be_an_answer():
    long_error = frame({"status": "error", "error": {"message": "x" * 100_000}})
    long_answer = frame(b'{"status":"ok","call_ms":1,"value":"' + b"x" * 100_000 + b'"}')
    assert not runner._exactly_one_frame(long_error)
    assert runner._exactly_one_frame(long_answer)
    assert not runner._exactly_one_frame(long_answer + b"\x00")


# How a child's end is classified: the kernel's account first, then what the child wrote

def ended(status: int, answer: bytes = b"", cpu_s: float = 0.01, wall_exceeded: str | None = None,
          oom_killed: bool = False, printed: bytes = b"", others_s: float = 0.0) -> dict:
    """The runner's result for a child that ended with wait status `status` (a 1 s CPU limit, 1 KB of output)."""
    child = runner.Child.__new__(runner.Child)  # its end alone: no process, no pipes
    child.limits = runner.Limits({"cpu_s": 1.0, "wall_s": 2.5, "memory_mb": 64, "output_bytes": 1024})
    with tempfile.TemporaryFile() as output:  # what the child printed, as the runner captures it
        output.write(printed)
        output.flush()
        child.stdout_file = output.fileno()
        result, forwarded = child._classify(status, types.SimpleNamespace(ru_maxrss=2048), answer, 12.0,
                                            wall_exceeded, oom_killed, runner.Billed(cpu_s, others_s))
    assert forwarded is None
    return result


def killed_by(number: int) -> int:
    return number  # a wait status: the signal in the low 7 bits


def exited(code: int) -> int:
    return code << 8


OK = frame({"status": "ok", "call_ms": 1.0, "value": [0, 1]})


@pytest.mark.parametrize("how, status, reason", [
    (dict(status=exited(0), answer=OK, cpu_s=1.2), "tle", Reason.CPU),
    (dict(status=killed_by(signal.SIGKILL), cpu_s=1.2, wall_exceeded=Reason.WALL.value), "tle", Reason.CPU),
    (dict(status=exited(0), answer=OK, cpu_s=0.3, others_s=0.9), "tle", Reason.CPU_WITH_PROCESSES),
    (dict(status=killed_by(signal.SIGKILL), wall_exceeded=Reason.WALL.value), "tle", Reason.WALL),
    (dict(status=killed_by(signal.SIGXCPU)), "tle", Reason.CPU),
    (dict(status=killed_by(signal.SIGXFSZ)), "ole", Reason.OUTPUT),
    (dict(status=exited(0), answer=OK, printed=b"x" * 1024), "ole", Reason.OUTPUT),
    (dict(status=killed_by(signal.SIGKILL), oom_killed=True), "mle", Reason.OOM),
    (dict(status=exited(0), answer=OK, oom_killed=True), "mle", Reason.OOM),
    (dict(status=exited(0), answer=frame({"status": "error", "error": {"type": "MemoryError", "message": ""}})),
     "mle", Reason.MEMORY_ERROR),
], ids=["over on CPU", "over on CPU when killed at the wall", "over with its processes", "over on the wall clock",
        "SIGXCPU", "SIGXFSZ", "output at the cap", "killed by the OOM killer", "a process it started killed for memory",
        "MemoryError"])
def test_a_limit_crossed_is_its_verdict_whatever_the_child_answered(how, status, reason):
    result = ended(**how)
    assert (result["status"], result["reason"]) == (status, reason.value)
    assert result["cpu_ms"] == round((how.get("cpu_s", 0.01) + how.get("others_s", 0.0)) * 1000, 3)


@pytest.mark.parametrize("how, fields", [
    (dict(status=killed_by(signal.SIGSEGV)), {"signal": "SIGSEGV"}),
    (dict(status=killed_by(signal.SIGKILL)), {"signal": "SIGKILL"}),  # not the OOM killer: the submission's own
    (dict(status=killed_by(signal.SIGRTMIN + 6)), {"signal": "SIGRTMIN+6"}),
    (dict(status=exited(3)), {"exit_code": 3}),  # os._exit before answering
    (dict(status=exited(runner.EXIT_BROKEN_RUNTIME)), {"signal": runner.BROKEN_RUNTIME}),
    (dict(status=exited(0), answer=frame(b"garbage")), {"signal": GARBLED}),
], ids=["SIGSEGV", "SIGKILL", "a real-time signal", "an exit without an answer", "a broken runtime", "garbage"])
def test_a_child_that_dies_or_answers_nothing_readable_crashes_with_its_cause(how, fields):
    result = ended(**how)
    assert result["status"] == "crash" and {key: result[key] for key in fields} == fields


def test_an_answer_within_every_limit_is_passed_on_with_the_runners_measurements():
    result = ended(exited(0), frame({"status": "ok", "call_ms": 1.0, "value": [0, 1], "cpu_ms": 0}), cpu_s=0.25,
                   printed=b"debug\n")
    assert result["status"] == "ok" and result["value"] == [0, 1]
    assert (result["cpu_ms"], result["wall_ms"], result["peak_kb"], result["stdout"]) == (250.0, 12.0, 2048, "debug\n")


# Canonical answers: what a submission returns, as the host may trust it

class Evil(int):
    def __eq__(self, other):
        return True

    def __repr__(self):
        return "anything"


@pytest.mark.parametrize("returned, answer", [
    ((1, [2, 3]), [1, [2, 3]]),
    (Evil(7), 7),
    (type("Yes", (str,), {"__str__": lambda self: "no"})("yes"), "yes"),
    ([True, None, 1.5], [True, None, 1.5]),
    (float("nan"), {"$float": "nan"}),
    (float("-inf"), {"$float": "-inf"}),
    ({1: "a"}, {"$dict": [[1, "a"]]}),
    (frozenset([4]), [4]),
    (iter([1]), {"$opaque": "list_iterator"}),
    (object(), {"$opaque": "object"}),
], ids=["a tuple", "an int subclass that lies", "a str subclass that lies", "plain JSON", "NaN", "-inf",
        "a dict", "a frozenset", "an iterator", "any other object"])
def test_a_returned_value_becomes_its_canonical_answer(returned, answer):
    assert canonical.canonicalise(returned) == answer


def test_numpy_values_become_arrays_of_their_shape_or_plain_numbers():
    numpy = pytest.importorskip("numpy")
    assert canonical.canonicalise(numpy.array([[1.0, numpy.inf]]), numpy) == {
        "$ndarray": {"shape": [1, 2], "dtype": "float64", "data": [1.0, {"$float": "inf"}]}}
    assert canonical.canonicalise(numpy.int64(3), numpy) == 3
    assert canonical.canonicalise(numpy.array(["a"]), numpy) == {"$opaque": "ndarray of dtype <U1"}


def test_a_value_past_the_caps_is_refused_before_it_is_written():
    nested: list = []
    nested.append(nested)  # contains itself
    with pytest.raises(canonical.TooDeep):
        canonical.canonicalise(nested)
    with pytest.raises(canonical.TooLarge):
        canonical.canonicalise([0] * (canonical.MAX_NODES + 1))


# LeetCode's node conversions

@pytest.mark.parametrize("values", [[], [1], [1, 2, 3, 2, 1]])
def test_a_linked_list_reads_back_as_the_list_it_was_built_from(values):
    assert leetcode.flatten_list(leetcode.build_list(values), 100) == values


@pytest.mark.parametrize("values", [[], [1], [1, None, 2, 3], [3, 9, 20, None, None, 15, 7], [1, 2, None, 3]])
def test_a_tree_reads_back_in_leetcodes_level_order_without_trailing_nones(values):
    assert leetcode.flatten_tree(leetcode.build_tree(values), 100) == values


def test_a_node_of_the_input_tree_is_found_by_its_value():
    root = leetcode.build_tree([3, 5, 1, 6, 2])
    assert leetcode.find_node(root, 2) is root.left.right and leetcode.find_node(root, 9) is None


def test_a_list_or_tree_over_the_node_limit_is_refused():
    with pytest.raises(ValueError, match="too long"):
        leetcode.flatten_list(leetcode.build_list(list(range(11))), 10)
    with pytest.raises(ValueError, match="too large"):
        leetcode.flatten_tree(leetcode.build_tree(list(range(11))), 10)


# Long ints

def test_an_int_too_long_to_write_becomes_opaque_and_shorter_ones_stay():
    answer = [10**5000, [7, {"$dict": [[1, -(10**4400)]]}], 10**4000]
    opaque = canonical.opaque_long_ints(answer)
    assert opaque[0] == {"$opaque": "5001-digit int"} and opaque[2] == 10**4000
    assert opaque[1][1]["$dict"][0][1] == {"$opaque": "4401-digit int"}
    assert frames.json_bytes(opaque)


# The runner on the host: a subprocess, as the local backend runs it

def session_for(source: str, time_s: float = 1.0, helpers: str = ""):
    load = LoadRequest(textwrap.dedent(helpers) + textwrap.dedent(source), "solution.py",
                       load_problem("two-sum").signature.entry(), time_s, 256, 1 << 20)
    return LocalSandbox().open(load)


CASE = {"nums": [2, 7, 11, 15], "target": 9}
BURN = """
    import os

    def burn(seconds):
        while sum(os.times()[:2]) < seconds:
            pass
"""


@pytest.mark.parametrize("reuse", [False, True], ids=["fresh child", "reused child"])
def test_a_child_killed_by_a_real_time_signal_crashes_with_its_name(reuse):
    session = session_for("""
        import os

        def two_sum(nums, target):
            os.kill(os.getpid(), 40)
    """)
    try:
        result = session.run(CASE, reuse=reuse)
    finally:
        session.close()
    assert (result.status, result.detail) == (Status.CRASH, "SIGRTMIN+6")


UNREAPED = """
    def two_sum(nums, target):
        for _ in range(3):
            reader, writer = os.pipe()
            if os.fork() == 0:
                burn(0.1)
                os.write(writer, b"x")
                os._exit(0)
            os.read(reader, 1)
        return [0, 1]
"""
REAPED = """
    def two_sum(nums, target):
        for _ in range(3):
            pid = os.fork()
            if pid == 0:
                burn(0.1)
                os._exit(0)
            os.waitpid(pid, 0)
        return [0, 1]
"""


@pytest.mark.parametrize("reuse", [False, True], ids=["fresh child", "reused child"])
@pytest.mark.parametrize("source", [UNREAPED, REAPED], ids=["never reaped", "reaped"])
def test_cpu_in_processes_the_child_starts_is_billed_to_the_case(source, reuse):
    session = session_for(source, helpers=BURN)
    try:
        result = session.run(CASE, reuse=reuse)
    finally:
        session.close()
    assert result.status is Status.OK and result.cpu_ms >= 290  # 3 x 0.1 s, with one tick of slack


def test_a_time_out_says_when_the_processes_it_started_took_it_over_the_limit():
    limits = runner.Limits({"cpu_s": 1.0, "wall_s": 2.5, "memory_mb": 256, "output_bytes": 1 << 20})
    assert runner.Billed(1.2, 0.001).reason(limits) is Reason.CPU
    assert runner.Billed(0.1, 1.3).reason(limits) is Reason.CPU_WITH_PROCESSES
    assert runner.Billed(0.1, 1.3).total_s == pytest.approx(1.4)


def test_cpu_billed_to_an_honest_case_is_its_own():
    session = session_for(helpers=BURN, source="""
        def two_sum(nums, target):
            burn(0.05)
            return [0, 1]
    """)
    try:
        results = [session.run(CASE, reuse=reuse) for reuse in (False, True, True)]
    finally:
        session.close()
    assert [result.status for result in results] == [Status.OK] * 3
    assert all(result.cpu_ms < 1000 for result in results)


def test_a_forged_frame_left_in_the_answer_pipe_garbles_the_next_reused_case():
    session = session_for("""
        import os, struct

        def two_sum(nums, target):
            body = b'{"status":"ok","call_ms":1,"value":[0,1]}'
            forged = struct.pack(">I", len(body)) + body
            os.write(4, forged + forged)  # one write: both are in the pipe when the first is read
            return [0, 1]
    """)
    try:
        first, second = session.run(CASE, reuse=True), session.run(CASE, reuse=True)
    finally:
        session.close()
    garbled = (Status.CRASH, GARBLED)
    # Read together, the frames garble the first case; read apart, the second is found before the
    # next case. (The real answer, written later, may reach either case: the host checks each answer.)
    assert garbled in ((first.status, first.detail), (second.status, second.detail))


@pytest.mark.parametrize("depth", [900, 990, 5000])
def test_an_answer_nested_as_deep_as_the_runner_can_read_is_passed_on_or_garbled_never_a_failure(depth):
    result = runner.child_result(frame(b'{"status":"ok","value":' + b"[" * depth + b"]" * depth + b"}"))
    sent = json.loads(runner._result_frame(result)[4:])
    assert sent["status"] == "ok" or sent["signal"] == GARBLED


# The channel

def test_a_runner_whose_judge_dies_before_opening_its_end_exits_instead_of_waiting_for_ever(tmp_path):
    # The judge was killed between the runner's hello and opening its own end of the input FIFO.
    import os
    import subprocess
    import sys

    to_runner, from_runner = tmp_path / "in", tmp_path / "out"
    os.mkfifo(to_runner)
    os.mkfifo(from_runner)
    judge_end = os.open(from_runner, os.O_RDONLY | os.O_NONBLOCK)
    worker = subprocess.Popen([sys.executable, "-I", "-m", "judge_worker", "--channel", str(to_runner), str(from_runner)])
    try:
        import select

        assert select.select([judge_end], [], [], 10)[0], "no hello"  # before a writer opens, a read is EOF
        assert b"hello" in os.read(judge_end, 4096)
        os.close(judge_end)  # the judge dies: nobody will ever write
        assert worker.wait(timeout=10) == 0
    finally:
        worker.kill()
