"""Long call sequences: a getMin that scans the stack is far too slow on them."""

import random

from hypothesis import strategies as st

LOW, HIGH = -2**31, 2**31 - 1
MAX_CALLS = 10**5
SIZE = "number of calls"


def _case(calls, seed, push_share=0.5, low=LOW, high=HIGH):
    """Random calls; pop/top/getMin only when the stack is non-empty."""
    rng = random.Random(seed)
    operations, arguments, size = ["MinStack"], [[]], 0
    for _ in range(calls):
        if size == 0 or rng.random() < push_share:
            operations.append("push")
            arguments.append([rng.randint(low, high)])
            size += 1
        else:
            operation = rng.choice(["pop", "top", "getMin", "getMin"])
            operations.append(operation)
            arguments.append([])
            size -= operation == "pop"
    return {"operations": operations, "arguments": arguments}


def _deep_then_queries(seed):
    """Half the calls push, the other half ask for the minimum of the full stack."""
    rng = random.Random(seed)
    half = MAX_CALLS // 2
    pushes = [[rng.randint(LOW, HIGH)] for _ in range(half)]
    return {"operations": ["MinStack"] + ["push"] * half + ["getMin"] * half,
            "arguments": [[]] + pushes + [[]] * half}


def _sawtooth(depth, rounds):
    """Descending pushes, then pop back down checking the minimum each time."""
    operations, arguments = ["MinStack"], [[]]
    for r in range(rounds):
        for i in range(depth):
            operations.append("push")
            arguments.append([depth - i - r])
        for _ in range(depth):
            operations += ["getMin", "top", "pop"]
            arguments += [[], [], []]
    return {"operations": operations, "arguments": arguments}


def hidden_cases():
    return [
        ("random small values", _case(200, 1, low=-5, high=5)),
        ("random, mostly pushes", _case(1000, 2, push_share=0.7)),
        ("random, balanced", _case(1000, 3, push_share=0.5, low=-100, high=100)),
        ("random, many duplicates", _case(5000, 4, push_share=0.55, low=0, high=3)),
        ("sawtooth", _sawtooth(100, 20)),
        ("random, values at the upper limit", _case(300, 7, low=HIGH - 1, high=HIGH)),
        ("random, negative values", _case(2000, 8, push_share=0.6, low=LOW, high=-1)),
        ("random, pops down to empty often", _case(3000, 9, push_share=0.35, low=-50, high=50)),
        ("largest random", _case(MAX_CALLS, 5, push_share=0.6)),
        ("largest: deep stack, then getMin", _deep_then_queries(6)),
    ]


def input_of_size(n, rng):
    return _case(n, rng.randrange(10**9), push_share=0.6)


def validate(case):
    operations, arguments = case["operations"], case["arguments"]
    assert len(operations) == len(arguments), "operations and arguments differ in length"
    assert operations[0] == "MinStack" and arguments[0] == [], "the first call must be MinStack()"
    assert len(operations) - 1 <= MAX_CALLS, f"{len(operations) - 1} calls, at most {MAX_CALLS}"
    size = 0
    for index, (operation, args) in enumerate(zip(operations[1:], arguments[1:]), 1):
        if operation == "push":
            assert len(args) == 1 and isinstance(args[0], int), f"call {index}: push takes one int"
            assert LOW <= args[0] <= HIGH, f"call {index}: value {args[0]} out of range"
            size += 1
        else:
            assert operation in ("pop", "top", "getMin"), f"call {index}: unknown operation {operation}"
            assert args == [], f"call {index}: {operation} takes no arguments"
            assert size > 0, f"call {index}: {operation} on an empty stack"
            size -= operation == "pop"


@st.composite
def _calls(draw):
    values = st.one_of(st.integers(-3, 3), st.sampled_from([LOW, HIGH]))
    operations, arguments, size = ["MinStack"], [[]], 0
    for _ in range(draw(st.integers(1, 12))):
        operation = draw(st.sampled_from(["push", "push", "pop", "top", "getMin"]))
        if size == 0 or operation == "push":
            operations.append("push")
            arguments.append([draw(values)])
            size += 1
        else:
            operations.append(operation)
            arguments.append([])
            size -= operation == "pop"
    return {"operations": operations, "arguments": arguments}


def strategy():
    return _calls()
