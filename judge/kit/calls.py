"""A design problem's input as LeetCode writes it: two lists that pair up, the names of the calls and their
arguments, the first call being the constructor."""

from __future__ import annotations

from judge.kit.bounds import as_written


def check(case: dict, constructor: str, arity: dict[str, int], max_calls: int,
          constructor_arity: int = 0) -> list[tuple[int, str, list]]:
    """AssertionError naming what breaks the frame: lists that do not pair up, a first call other than the
    constructor (with its `constructor_arity` arguments), more than `max_calls` calls after it, or a call not
    in `arity` or with another number of arguments. Returns (index, name, arguments) of each call after the
    constructor, for the problem's own checks of their values."""
    operations, arguments = case["operations"], case["arguments"]
    assert isinstance(operations, list) and isinstance(arguments, list), "operations and arguments must be lists"
    assert len(operations) == len(arguments), \
        f"operations has {len(operations)} calls, arguments {len(arguments)}: they must pair up"
    assert operations and operations[0] == constructor, f"the first call must be {constructor}()"
    assert isinstance(arguments[0], list) and len(arguments[0]) == constructor_arity, \
        f"{constructor} takes {constructor_arity} arguments, found {arguments[0]!r:.60}"
    assert len(operations) - 1 <= max_calls, f"{len(operations) - 1} calls, at most {as_written(max_calls)}"
    later = []
    for index, (operation, args) in enumerate(zip(operations[1:], arguments[1:]), 1):
        assert operation in arity, f"call {index}: {operation!r} is not one of {', '.join(arity)}"
        assert isinstance(args, list) and len(args) == arity[operation], \
            f"call {index}: {operation} takes {arity[operation]} arguments, found {args!r:.60}"
        later.append((index, operation, args))
    return later
