"""The one schema for what a worker sends: every field and every tagged value, checked before use.

The child runs the submission in its own process, so the submission can write any
frame the child could (its answer pipe is fd 4). Nothing in a result is built,
shown or compared before it passes here. Anything outside the schema is the
submission's doing, a Malformed answer (a Runtime Error with the reason), never
the judge's. Sizes are checked before anything is built from them: a shape of
10^12 elements is refused from its numbers, and host memory stays bounded by
the frame's own size.

Canonical answers (sandbox/judge_worker/canonical.py) are JSON plus four tags:
  {"$float": "nan" | "inf" | "-inf"}
  {"$dict": [[key, value], ...]}
  {"$ndarray": {"shape": [...], "dtype": "float64", "data": [...flat...]}}
  {"$opaque": "generator"}
"""

from __future__ import annotations

import json
import math
import re
from itertools import chain
from typing import Any

from judge_worker.protocol import (CHILD_STATUSES, MAX_MESSAGE, MAX_NAME, MAX_TRACEBACK, RUNNER_STATUSES, Reason,
                                   Status, cut)
from judge_worker.canonical import MAX_DEPTH, MAX_NODES  # the sandbox's own caps

# The statuses a result may carry: the child's (ok, error, compile_error, too_large) and the runner's.
STATUSES = RUNNER_STATUSES
MAX_DIMENSIONS = 64  # numpy's own limits
MAX_EXTENT = 2**63 - 1
MAX_FIGURE = 1e15  # a time in ms or a size in KB: anything larger is not a measurement
MAX_INT_DIGITS = 4300  # what Python converts between int and str by default
ERROR_FIELDS = {"type": str, "message": str, "traceback": str, "line": int, "column": int}
# Commas, so values, in any answer within the caps: an $ndarray of 5 M elements has 5 M, a list of
# small arrays a few per element (their keys and shapes); more than this is only a forged frame.
MAX_JSON_VALUES = 4 * MAX_NODES
_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_FLOATS = frozenset({"nan", "inf", "-inf"})
_DTYPE = re.compile(r"(?P<kind>float|complex|u?int)\d{1,3}|(?P<bool>bool)")
_SCALARS = frozenset({int, str, bool, type(None)})
_FLAT = _SCALARS | {float}
_NUMBERS = (int, float)


class Malformed(ValueError):
    """A result or an answer outside the protocol; the message says what is wrong with it."""


def result_fields(message: dict[str, Any]) -> dict[str, Any]:
    """WorkerResult's fields from a result message, each of its declared type; Malformed otherwise."""
    status = message.get("status")
    if type(status) is not str or status not in STATUSES:
        raise Malformed(f"unknown status {_short_repr(status)}")
    status = Status(status)
    detail = _text(message, "reason", MAX_MESSAGE) or _text(message, "signal", MAX_MESSAGE)
    if "exit_code" in message:
        detail = f"exit status {_integer(message, 'exit_code')}"
    return dict(status=status, error=_error(message.get("error")), detail=detail,
                call_ms=_number(message, "call_ms"), measure=_measure(message.get("measure")),
                value_json=_value_json(message.get("value_json")), **measurements(message))


def measurements(message: dict[str, Any]) -> dict[str, Any]:
    """The runner's own measurements (its fields override the child's), kept even beside a malformed answer."""
    return dict(cpu_ms=_number(message, "cpu_ms"), wall_ms=_number(message, "wall_ms"),
                peak_kb=_integer(message, "peak_kb"), stdout=_text(message, "stdout", MAX_MESSAGE))


def answer_from_json(data: bytes) -> Any:
    """The answer encoded in `data` (an "ok" result's value), checked; Malformed when it is not one."""
    check_json_size(data)
    try:
        value = json.loads(data)
    except RecursionError:
        raise Malformed("the answer nests too deeply to read") from None
    except ValueError as error:
        if "integer string conversion" not in str(error):
            raise Malformed(f"the answer is not JSON ({error})") from None
        value = _with_long_ints(data)
    except TypeError:
        raise Malformed("the answer is not JSON text") from None
    return checked_answer(value)


def check_json_size(data: bytes) -> None:
    """Malformed when `data` holds more JSON values than any answer within the sandbox's caps could:
    checked on the bytes, before decoding builds them (a frame of up to 256 MB of "0," would be 128 M)."""
    if type(data) is not bytes or data.count(b",") <= MAX_JSON_VALUES:
        return
    if _STRINGS.sub(b'""', data).count(b",") > MAX_JSON_VALUES:  # a string's commas are one value
        raise Malformed(f"the answer holds more than {MAX_JSON_VALUES:,} JSON values")


def _with_long_ints(data: bytes | str) -> Any:
    """An answer holding ints too long for Python to read: each stands as an opaque value, which
    compares unequal to any expected answer (no expected answer has one: it could not be encoded)."""
    def parse_int(digits: str) -> Any:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            return {"$opaque": f"{len(digits.lstrip('-'))}-digit int"}
        return int(digits)

    try:
        return json.loads(data, parse_int=parse_int)
    except (ValueError, RecursionError) as error:
        raise Malformed(f"the answer is not JSON ({error})") from None


def checked_answer(value: Any) -> Any:
    """`value` itself when it is a canonical answer; Malformed with the first fault found otherwise.

    Walked without recursion, flat lists of scalars in C, so a 10^5-element answer costs
    microseconds; the depth and element caps are the sandbox's (judge_worker.canonical).
    """
    nodes = 0
    pending = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise Malformed(f"the answer nests deeper than {MAX_DEPTH} levels")
        kind = type(item)
        if kind is list:
            nodes += _list_items(item, depth, pending)
        elif kind is dict:
            nodes += _tagged(item, depth, pending)
        elif kind is float:
            _finite(item)
        elif kind not in _SCALARS:
            raise Malformed(f"a value of type {kind.__name__} is not part of an answer")
        nodes += 1
        if nodes > MAX_NODES:
            raise Malformed(f"the answer has more than {MAX_NODES:,} elements")
    return value


def _list_items(items: list, depth: int, pending: list) -> int:
    """Check a list's scalars now and queue its lists and objects; how many scalars it holds.

    A list of scalars, or of lists of scalars (a matrix, a list of pairs), is checked in C.
    """
    kinds = set(map(type, items))
    if kinds <= _FLAT:
        _check_floats(items, kinds)
        return len(items)
    if kinds == {list} and depth < MAX_DEPTH:
        inner = list(chain.from_iterable(items))
        inner_kinds = set(map(type, inner))
        if inner_kinds <= _FLAT:
            _check_floats(inner, inner_kinds)
            return len(items) + len(inner)
    _check_floats(items, kinds)
    containers = kinds - _FLAT
    if not containers <= {list, dict}:
        raise Malformed(f"a value of type {min(k.__name__ for k in containers - {list, dict})} is not part of an answer")
    queued = len(pending)
    pending.extend((item, depth + 1) for item in items if type(item) is list or type(item) is dict)
    return len(items) - (len(pending) - queued)


def _check_floats(items: list, kinds: set) -> None:
    """Every float among `items` (of these types) is finite: NaN and infinities travel as $float."""
    if float in kinds:
        floats = items if kinds == {float} else [item for item in items if type(item) is float]
        if not all(map(math.isfinite, floats)):
            raise Malformed('a bare NaN or infinity (the answer\'s form is {"$float": "nan"})')


def _tagged(value: dict, depth: int, pending: list) -> int:
    """Check one tagged value and queue what it holds; how many elements it adds."""
    if len(value) != 1:
        raise Malformed(f"an object with {len(value)} keys where a tagged value has one")
    ((tag, payload),) = value.items()
    if tag == "$float":
        if not _non_finite(payload):
            raise Malformed(f"$float {_short_repr(payload)} is none of nan, inf, -inf")
        return 0
    if tag == "$opaque":
        if type(payload) is not str or len(payload) > MAX_MESSAGE:
            raise Malformed("$opaque must name a type or say why the value cannot be read")
        return 0
    if tag == "$dict":
        if type(payload) is not list or not all(type(pair) is list and len(pair) == 2 for pair in payload):
            raise Malformed("$dict must be a list of [key, value] pairs")
        pending.extend((item, depth + 1) for pair in payload for item in pair)
        return 0
    if tag == "$ndarray":
        return _array(payload)
    raise Malformed(f"unknown tag {_short_repr(tag)}")


def _array(array: Any) -> int:
    """Check an $ndarray from its numbers before anything is built; its element count."""
    if type(array) is not dict or set(array) != {"shape", "dtype", "data"}:
        raise Malformed("$ndarray must hold exactly shape, dtype and data")
    shape, dtype, data = array["shape"], array["dtype"], array["data"]
    if type(shape) is not list or len(shape) > MAX_DIMENSIONS or not all(
            type(n) is int and 0 <= n <= MAX_EXTENT for n in shape):
        raise Malformed("an $ndarray's shape must be a list of non-negative ints, as numpy's are")
    size = 1
    for extent in shape:
        size *= extent
        if size > MAX_NODES:
            raise Malformed(f"an $ndarray of shape {_short_repr(tuple(shape))} has more than {MAX_NODES:,} elements")
    if type(data) is not list or len(data) != size:
        raise Malformed(f"an $ndarray of shape {_short_repr(tuple(shape))} holds "
                        f"{len(data) if type(data) is list else 'no'} elements where it needs {size}")
    match = _DTYPE.fullmatch(dtype) if type(dtype) is str else None
    if match is None:
        raise Malformed(f"an $ndarray's dtype {_short_repr(dtype)} is not a numeric one")
    kinds = set(map(type, data))
    if match["bool"]:
        allowed = {bool}
    elif match["kind"] in ("int", "uint"):
        allowed = {int}
    else:
        allowed = {float, dict}
        _check_floats(data, kinds)
        if dict in kinds and not all(len(x) == 1 and _non_finite(x.get("$float")) for x in data if type(x) is dict):
            raise Malformed(f"an $ndarray of dtype {dtype} holds something other than floats")
    if not kinds <= allowed:
        raise Malformed(f"an $ndarray of dtype {dtype} holds {', '.join(sorted(k.__name__ for k in kinds - allowed))}")
    return size


def _non_finite(name: Any) -> bool:
    """Whether `name` is one of the names $float gives NaN and the infinities."""
    return type(name) is str and name in _FLOATS


def _finite(number: float) -> None:
    if not math.isfinite(number):
        raise Malformed('a bare NaN or infinity (the answer\'s form is {"$float": "nan"})')


def _error(error: Any) -> dict[str, Any]:
    """An error's known fields, of their types, long texts cut to the caps."""
    if error is None:
        return {}
    if type(error) is not dict:
        raise Malformed(f"an error must be an object, not {type(error).__name__}")
    checked = {}
    for name, kind in ERROR_FIELDS.items():
        value = error.get(name)
        if value is None:
            continue
        if type(value) is not kind:
            raise Malformed(f"an error's {name} must be {kind.__name__}, not {type(value).__name__}")
        checked[name] = _cut(value, MAX_MESSAGE if name == "message" else MAX_TRACEBACK if name == "traceback"
                             else MAX_NAME) if kind is str else value
    return checked


def _measure(measure: Any) -> dict[str, Any]:
    """A complexity measurement's figures (judge_worker.measure), each of its type."""
    if measure is None:
        return {}
    if type(measure) is not dict:
        raise Malformed("a measurement must be an object")
    cpu_ns = measure.get("cpu_ns", [])
    if type(cpu_ns) is not list or not all(_is_number(x) for x in cpu_ns):
        raise Malformed("a measurement's cpu_ns must be a list of numbers")
    for name in ("trace_ns", "profile_ns", "lines", "space_bytes", "depth", "space_ns"):
        if measure.get(name) is not None and not _is_number(measure[name]):
            raise Malformed(f"a measurement's {name} must be a number")
    c_time = measure.get("c_time")
    if c_time is not None and (type(c_time) is not dict or not all(
            type(v) is list and len(v) == 2 and all(_is_number(x) for x in v) for v in c_time.values())):
        raise Malformed("a measurement's c_time must map names to [calls, ns]")
    return measure


def _value_json(value: Any) -> bytes | None:
    if value is None or type(value) is bytes:
        return value
    if type(value) is str:
        return value.encode("utf-8", "surrogatepass")
    raise Malformed(f"value_json must be JSON text, not {type(value).__name__}")


def _number(message: dict[str, Any], name: str) -> float:
    value = message.get(name, 0)
    if _is_number(value) and abs(value) <= MAX_FIGURE:
        return float(value)
    raise Malformed(f"{name} must be a finite number, not {_short_repr(value)}")


def _integer(message: dict[str, Any], name: str) -> int:
    value = message.get(name, 0)
    if type(value) is not int:
        raise Malformed(f"{name} must be an int, not {_short_repr(value)}")
    return value


def _text(message: dict[str, Any], name: str, limit: int | None) -> str:
    value = message.get(name, "")
    if type(value) is not str:
        raise Malformed(f"{name} must be text, not {type(value).__name__}")
    return value if limit is None else _cut(value, limit)


def _is_number(value: Any) -> bool:
    return type(value) in _NUMBERS and (type(value) is int or math.isfinite(value))


_cut = cut  # at most `limit` characters, saying how much was cut


def _short_repr(value: Any) -> str:
    text = repr(value) if type(value) in (str, int, float, bool, type(None), tuple) else type(value).__name__
    return text if len(text) <= 60 else text[:57] + "..."


__all__ = ["CHILD_STATUSES", "Malformed", "Reason", "STATUSES", "Status", "answer_from_json", "check_json_size",
           "checked_answer", "measurements", "result_fields"]
