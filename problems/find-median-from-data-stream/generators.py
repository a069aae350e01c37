"""Up to 5 * 10^4 calls: random, rising, falling and clustered streams, a query after (nearly) every add."""

import random

from judge.kit import Bound, calls

MAX_CALLS = 5 * 10**4
NUM = Bound("num", -10**5, 10**5)
SIZE = "number of calls"


def _stream(numbers, query_every=1, head=0):
    """Add `numbers`, calling findMedian after every `query_every`-th add once `head` numbers are in."""
    operations, arguments = ["MedianFinder"], [[]]
    for index, num in enumerate(numbers, 1):
        operations.append("addNum")
        arguments.append([num])
        if index >= head and index % query_every == 0 and len(operations) < MAX_CALLS + 1:
            operations.append("findMedian")
            arguments.append([])
    return {"operations": operations[:MAX_CALLS + 1], "arguments": arguments[:MAX_CALLS + 1]}


def hidden_cases():
    rng = random.Random(295)
    half = MAX_CALLS // 2
    return [
        ("largest, random, a query after every add", _stream(NUM.sample(rng, half))),
        ("largest, rising", _stream(range(-half, half, 2))),
        ("largest, falling", _stream(range(half, -half, -2))),
        ("largest, few distinct values", _stream([rng.choice((-1, 0, 1)) for _ in range(half)])),
        ("largest, extremes alternating", _stream([NUM.max if i % 2 else NUM.min for i in range(half)])),
        ("largest, adds then queries", _queries_at_end(_stream(NUM.sample(rng, MAX_CALLS - 1000), MAX_CALLS + 1),
                                                        1000)),
        ("large, query every third add", _stream(NUM.sample(rng, 30000), 3)),
        ("odd sums give halves", _stream([2 * rng.randint(-100, 100) + 1 for _ in range(2000)])),
        ("small, one number", _stream([-7])),
    ]


def _queries_at_end(case, count):
    case["operations"] += ["findMedian"] * count
    case["arguments"] += [[]] * count
    return case


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        numbers = draw(st.lists(st.integers(-5, 5), min_size=1, max_size=10))
        queries = draw(st.lists(st.booleans(), min_size=len(numbers), max_size=len(numbers)))
        operations, arguments = ["MedianFinder"], [[]]
        for num, query in zip(numbers, queries):
            operations.append("addNum")
            arguments.append([num])
            if query:
                operations.append("findMedian")
                arguments.append([])
        operations.append("findMedian")
        arguments.append([])
        return {"operations": operations, "arguments": arguments}

    return inputs()


def validate(case):
    added = 0
    for index, operation, args in calls.check(case, "MedianFinder", {"addNum": 1, "findMedian": 0}, MAX_CALLS):
        if operation == "addNum":
            NUM.check(args[0], f"call {index}: num")
            added += 1
        else:
            assert added, f"call {index}: findMedian before any addNum"


def input_of_size(n, rng):
    return _stream(NUM.sample(rng, max(1, min(n, MAX_CALLS) // 2)))
