"""The host's side of the worker protocol, shared by every backend."""

from __future__ import annotations

import functools
import json
import socket
from collections import deque
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Callable, ContextManager, Iterator

from judge.backends import schema
from judge.errors import SandboxFailure
from judge_worker import frames
from judge_worker.protocol import GARBLED, Status

# The host waits this much longer than the runner's own wall limit before it
# decides the runner itself is wedged and kills the whole sandbox.
HOST_GRACE_S = 5.0
IN_FLIGHT_BYTES = 16 * 1024  # cases sent ahead (Session.run_ahead): well under a pipe's 64 KiB
WALL_CAP_FACTOR = 3.0


@dataclass(frozen=True)
class LoadRequest:
    """Everything the runner needs for one submission, and nothing it must not see."""

    source: str
    filename: str
    entry: dict[str, Any]
    time_s: float
    memory_mb: int
    output_bytes: int
    preload: tuple[str, ...] = ()

    @classmethod
    def for_problem(cls, problem, source: str = "", filename: str = "", time_s: float | None = None,
                    memory_mb: int | None = None) -> "LoadRequest":
        """The request for a submission to `problem` (a judge.problem.Problem), with its limits unless
        overridden. Without a source it still fixes everything a container's start depends on."""
        return cls(source=source, filename=filename, entry=problem.signature.entry(),
                   time_s=time_s or problem.limits.time_s, memory_mb=memory_mb or problem.limits.memory_mb,
                   output_bytes=problem.limits.output_kb * 1024,
                   preload=_preload(problem))

    @property
    def container_key(self) -> tuple:
        """What a container started for this request depends on: its memory and output caps
        (hardened_options) and the modules its runner imports before hello. A container started
        ahead of time (spare.py) serves a request with the same key."""
        return (self.memory_mb, self.output_bytes, self.preload)

    @property
    def wall_s(self) -> float:
        # Sleep burns wall time but no CPU, so the wall limit is a multiple of the CPU one.
        return 2 * self.time_s + 0.5

    @property
    def wall_cap_s(self) -> float:
        # The runner extends the wall limit by the time the child waited for a CPU
        # (a busy machine, the container's CPU quota), never past this.
        return WALL_CAP_FACTOR * self.wall_s

    def runner_arguments(self) -> list[str]:
        """The runner's command-line arguments that come from the submission's problem: modules to import early."""
        return [argument for module in self.preload for argument in ("--preload", module)]

    def message(self) -> dict[str, Any]:
        return {"op": "load", "source": self.source, "filename": self.filename, "entry": self.entry,
                "preload": list(self.preload),
                "limits": {"cpu_s": self.time_s, "wall_s": self.wall_s, "wall_cap_s": self.wall_cap_s,
                           "memory_mb": self.memory_mb,
                           "output_bytes": self.output_bytes}}


def _preload(problem) -> tuple[str, ...]:
    """The modules a problem's runner imports before the submission: numpy for the ML track, torch
    (and so the torch image, judge.backends.docker.image_for) for a problem declaring it."""
    if "torch" in problem.frameworks:
        return ("numpy", "torch")
    return ("numpy",) if problem.track == "ml" else ()


@dataclass(frozen=True)
class WorkerResult:
    """How one case ended, as the runner observed it, every field checked against the schema (schema.py)."""

    # MALFORMED is a result outside the schema, which only the submission can have written
    # (detail says what is wrong with it)
    status: Status
    error: dict[str, Any] = field(default_factory=dict)
    cpu_ms: float = 0.0
    wall_ms: float = 0.0
    peak_kb: int = 0
    stdout: str = ""
    detail: str = ""
    call_ms: float = 0.0  # the call alone, as the child timed it (informational: the child could lie)
    measure: dict[str, Any] = field(default_factory=dict)  # complexity measurement (judge_worker.measure)
    value_json: bytes | None = None  # an "ok" answer's value as the child encoded it (frames.json_bytes)

    @functools.cached_property
    def value(self) -> Any:
        """The answer's value, decoded and checked on first use: one equal to the expected answer
        byte for byte never needs it. schema.Malformed when it is not an answer in the canonical form."""
        return None if self.value_json is None else schema.answer_from_json(self.value_json)

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> "WorkerResult":
        try:
            result = cls(**schema.result_fields(message))
            if "value" in message:
                # Decoded with the rest of the message already; checked now, as value_json is on use.
                result.__dict__["value"] = schema.checked_answer(message["value"])
        except schema.Malformed as malformed:
            try:
                measured = schema.measurements(message)
            except schema.Malformed:
                measured = {}
            return cls(status=Status.MALFORMED, detail=str(malformed), **measured)
        return result


# A case's header frame, encoded once: one goes out with every property example.
_REUSE_CASE = frames.encode({"op": "case", "reuse": True})
_REUSE_CASE_WITH_MEMORY = frames.encode({"op": "case", "reuse": True, "memory": True})
_FRESH_CASE = frames.encode({"op": "case"})


# How the child begins and separates an "ok" answer (judge_worker.child.run_case puts the value last).
_OK_ANSWER = b'{"status":"ok","call_ms":'
_VALUE_KEY = b',"value":'


def _with_answer(reply: dict[str, Any], answer: tuple[bytes, bytes] | None) -> dict[str, Any]:
    """The runner's measurements over the child's answer, which the submission could have written itself.

    Anything but one JSON object with a status is a garbled answer, a crash; the
    runner's fields always win, so an answer cannot claim its own CPU time.
    An "ok" answer's value is kept as its bytes (WorkerResult.value decodes them on use).
    """
    if answer is None:
        raise ConnectionError("the sandbox closed its channel before the answer")
    body = answer[1]  # (header, body): read_parts checked the length
    try:
        parsed = _ok_answer(body)
        if parsed is None:
            schema.check_json_size(body)  # before decoding builds it (an ok answer's value is checked on use)
            parsed = _json_object(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # schema.Malformed too
        parsed = None
    status = parsed.get("status") if isinstance(parsed, dict) else None
    if type(status) is not str or status not in schema.CHILD_STATUSES:
        # not an answer, or one claiming what only the runner says (a time-out, a crash)
        return dict(reply, status=Status.CRASH.value, signal=GARBLED)
    return {**parsed, **reply}


_raw_decode = json.JSONDecoder().raw_decode


def _json_object(body: bytes) -> Any:
    """json.loads for the frames' own form (UTF-8, no whitespace around): twice as fast on the
    short frames every property example brings. ValueError when it is not exactly one JSON value."""
    text = body.decode("utf-8")
    value, end = _raw_decode(text)
    if end != len(text):
        raise ValueError("extra data after the JSON value")
    return value


def _ok_answer(body: bytes) -> dict[str, Any] | None:
    """{"status": "ok", "call_ms": ..., "value_json": b"..."} for an answer in the child's "ok" form, else None.

    Only the short head is decoded: a 10^5-element value stays bytes, to be compared as bytes.
    """
    if not (body.startswith(_OK_ANSWER) and body.endswith(b"}")):
        return None
    cut = body.find(_VALUE_KEY, len(_OK_ANSWER))  # the first one: call_ms is a number, with no quotes
    if cut < 0:
        return None
    head = _json_object(body[:cut] + b"}")
    if set(head) != {"status", "call_ms"}:
        return None
    head["value_json"] = body[cut + len(_VALUE_KEY):-1]
    return head


class SandboxTimeout(Exception):
    """The runner did not answer in time: the host killed the sandbox."""


class SandboxGone(Exception):
    """The channel closed: the sandbox died mid-case."""


class Session:
    """One loaded submission in one sandbox; cases go in one at a time."""

    def __init__(self, write: Callable[[bytes], None], read: Callable[[int], bytes],
                 set_timeout: Callable[[float | None], None], load: LoadRequest):
        self._write = write
        self._read = read
        self._set_timeout = set_timeout
        self.load = load
        self.broken = False  # set once a request times out or the channel dies: then only a kill ends it
        self.info = self._request(load.message(), timeout=60.0)

    def _request(self, message: dict[str, Any] | bytes, timeout: float, then: bytes = b"") -> dict[str, Any]:
        """Send `message` (a dict, or its frame already encoded) and the frame `then`, in one write;
        return the reply, with any answer that follows."""
        data = (message if isinstance(message, bytes) else frames.encode(message)) + then
        return self._exchange(lambda: self._write(data), timeout)

    def _exchange(self, send: Callable[[], None], timeout: float) -> dict[str, Any]:
        """`send()`, then read one reply (with any answer that follows) within `timeout` seconds."""
        self._set_timeout(timeout)
        try:
            send()
            parts = frames.read_parts(self._read)
            reply = None if parts is None else _json_object(parts[1])
            if reply is not None and reply.get("answer_follows"):
                reply = _with_answer(reply, frames.read_parts(self._read))
        except (socket.timeout, TimeoutError):
            self.broken = True
            raise SandboxTimeout() from None
        except (BrokenPipeError, ConnectionError, OSError) as error:
            self.broken = True
            raise SandboxGone(str(error)) from None
        except BaseException:  # Ctrl-C or SIGTERM mid-case: the runner is busy, so only a kill ends it at once
            self.broken = True
            raise
        if reply is None:
            self.broken = True
            raise SandboxGone("the sandbox closed its channel")
        if reply.get("op") == "internal_error":
            raise SandboxFailure(f"the sandbox runner failed: {reply.get('message')}")
        return reply

    def run(self, case_input: dict[str, Any] | None, reuse: bool = False, memory: bool = False,
            frame: bytes | None = None) -> WorkerResult:
        """Run one case. `reuse` lets one child answer case after case (the fast path); `memory` asks
        a reused child for its peak memory so far (a fresh child always reports its own).

        The input travels in a frame of its own that the runner forwards to the child unread;
        `frame` is that frame already encoded (judge.cases.Case.frame), which `case_input` may then be None.
        """
        message = (_REUSE_CASE_WITH_MEMORY if memory else _REUSE_CASE) if reuse else _FRESH_CASE
        reply = self._request(message, timeout=self.load.wall_cap_s + HOST_GRACE_S, then=frame or frames.encode(case_input))
        return WorkerResult.from_message(reply)

    def run_ahead(self, case_frames: list[bytes]) -> Iterator[WorkerResult]:
        """Run cases in the reused child, sending each before the answers to the ones ahead of it
        have come back; their results, in order.

        A case is otherwise a strict ping-pong of four pipe hops, and for a small one the
        host's turn is a third of the round trip. The runner still takes the cases one at
        a time, so each is measured as alone. Frames in flight never exceed IN_FLIGHT_BYTES,
        less than a pipe holds, so the host's writes never block while the runner waits
        for it to read. A caller that stops early leaves cases in flight: it must close
        the session (their answers would be read as the next ones).
        """
        queued = deque(_REUSE_CASE + frame for frame in case_frames)
        in_flight: deque[int] = deque()

        def send_what_fits() -> None:
            while queued and (not in_flight or sum(in_flight) + len(queued[0]) <= IN_FLIGHT_BYTES):
                message = queued.popleft()
                self._write(message)
                in_flight.append(len(message))

        with self.working_apart():
            while queued or in_flight:
                reply = self._exchange(send_what_fits, timeout=self.load.wall_cap_s + HOST_GRACE_S)
                in_flight.popleft()
                yield WorkerResult.from_message(reply)

    def working_apart(self) -> ContextManager[None]:
        """While cases are sent ahead, the host thread need not share the runner's CPU (affinity.py)."""
        return nullcontext()

    def reset(self) -> None:
        """End the persistent child, so the next reused case starts from a fresh one."""
        self._request({"op": "reset"}, timeout=HOST_GRACE_S + 5)

    def close(self) -> None:
        raise NotImplementedError


class Sandbox:
    """A backend: opens sessions for submissions."""

    name = "abstract"
    isolation = ""

    def open(self, load: LoadRequest) -> Session:
        raise NotImplementedError

    def keep_warm(self, load: LoadRequest) -> None:
        """From now on keep the next session for `load`'s limits started ahead, so that open() need not
        wait for it (a practice round's saves), until close(). Nothing to do where sessions start fast."""

    def close(self) -> None:
        """Release what the sandbox holds between sessions (most hold nothing)."""

    def settle(self, timeout: float) -> None:
        """Wait up to `timeout` seconds for the sandbox's background work, if any: a process
        about to fork must run no thread but its own (judge/grading/grader.py)."""

    def describe(self) -> dict[str, Any]:
        return {"backend": self.name, "isolation": self.isolation}
