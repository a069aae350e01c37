"""Large operation sequences: a cache that scans a list on every call is too slow."""

import random


def _case(capacity, calls, keys, seed):
    rng = random.Random(seed)
    operations, arguments = ["LRUCache"], [[capacity]]
    for _ in range(calls):
        key = rng.randrange(keys)
        if rng.random() < 0.5:
            operations.append("put")
            arguments.append([key, rng.randrange(10**5 + 1)])
        else:
            operations.append("get")
            arguments.append([key])
    return {"operations": operations, "arguments": arguments}


def hidden_cases():
    return [
        ("small capacity, many keys", _case(10, 2000, 100, 1)),
        ("largest", _case(3000, 200_000, 10**4 + 1, 2)),
    ]


SIZE = "number of calls"


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        capacity = draw(st.integers(1, 3))
        calls = draw(st.lists(st.one_of(
            st.tuples(st.just("put"), st.integers(0, 4), st.integers(0, 9)),
            st.tuples(st.just("get"), st.integers(0, 4))), min_size=1, max_size=12))
        return {"operations": ["LRUCache"] + [c[0] for c in calls],
                "arguments": [[capacity]] + [list(c[1:]) for c in calls]}

    return inputs()


def validate(case):
    operations, arguments = case["operations"], case["arguments"]
    assert operations[0] == "LRUCache" and len(operations) == len(arguments), "operations and arguments pair up"
    assert 1 <= arguments[0][0] <= 3000, "1 <= capacity <= 3000"
    assert len(operations) - 1 <= 2 * 10**5, "at most 2 * 10^5 calls"
    for operation, args in zip(operations[1:], arguments[1:]):
        assert operation in ("get", "put"), f"unknown operation {operation}"
        assert 0 <= args[0] <= 10**4, "0 <= key <= 10^4"
        if operation == "put":
            assert 0 <= args[1] <= 10**5, "0 <= value <= 10^5"


def input_of_size(n, rng):
    return _case(max(1, n // 10), n, max(2, n // 5), rng.randrange(10**6))
