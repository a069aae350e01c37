"""Operation sequences up to the largest allowed: 2 * 10^5 calls, capacity 3000 (four of them at full size).

The slow designs scan the cache on some calls: a list of keys in recency order with
list.remove, a search for the oldest timestamp on every eviction, or an age for every
key bumped on every call (time_limit/age_every_key.py). The cases below make each of
those scans cost the whole capacity, 2 * 10^5 times over. Only the last, a Python loop
over the cache, is slow enough to keep as a time_limit/ submission: list.remove and
min() scan in C, 3000 keys in a few microseconds, and stay within 2-6x of the limit
however the calls are arranged.
"""

import random

from judge.kit import calls

MAX_CALLS, MAX_CAPACITY, MAX_KEY, MAX_VALUE = 2 * 10**5, 3000, 10**4, 10**5
SIZE = "number of calls"


class _Calls:
    """Builds a case call by call."""

    def __init__(self, capacity):
        self.operations, self.arguments = ["LRUCache"], [[capacity]]

    def put(self, key, value):
        self.operations.append("put")
        self.arguments.append([key, value])

    def get(self, key):
        self.operations.append("get")
        self.arguments.append([key])

    def __len__(self):
        return len(self.operations) - 1

    def case(self):
        return {"operations": self.operations, "arguments": self.arguments}


def _random(capacity, calls, keys, seed, put_share=0.5):
    """Independent random calls on keys 0 .. keys - 1."""
    rng = random.Random(seed)
    out = _Calls(capacity)
    for _ in range(calls):
        key = rng.randrange(keys)
        if rng.random() < put_share:
            out.put(key, rng.randrange(MAX_VALUE + 1))
        else:
            out.get(key)
    return out.case()


def _every_put_evicts(seed):
    """Full cache; every put brings a key that is not cached, and gets read keys put a little earlier."""
    rng = random.Random(seed)
    out, fresh = _Calls(MAX_CAPACITY), 0
    while len(out) < MAX_CALLS:
        out.put(fresh % (MAX_KEY + 1), rng.randrange(MAX_VALUE + 1))
        fresh += 1
        if len(out) < MAX_CALLS:
            out.get((fresh - rng.randint(1, 2 * MAX_CAPACITY)) % (MAX_KEY + 1))  # a hit about half the time
    return out.case()


def _only_evicting_puts(seed):
    """Only puts, of keys in a cycle longer than the capacity: after the first 3000, every put evicts."""
    rng = random.Random(seed)
    out = _Calls(MAX_CAPACITY)
    for call in range(MAX_CALLS):
        out.put(call % (MAX_KEY + 1), rng.randrange(MAX_VALUE + 1))
    return out.case()


def _hot_keys(seed):
    """Fill the cache, then keep touching the few most recent keys: the most recent end of the order."""
    rng = random.Random(seed)
    out = _Calls(MAX_CAPACITY)
    keys = rng.sample(range(1000, MAX_KEY + 1), MAX_CAPACITY)
    for key in keys:
        out.put(key, rng.randrange(MAX_VALUE + 1))
    hot = keys[-8:]
    while len(out) < MAX_CALLS:
        key = rng.choice(hot)
        if rng.random() < 0.7:
            out.get(key)
        else:
            out.put(key, rng.randrange(MAX_VALUE + 1))
    return out.case()


def _cycle(seed):
    """capacity + 1 keys in a cycle: with LRU every get misses, and every put evicts the next key wanted."""
    rng = random.Random(seed)
    out = _Calls(MAX_CAPACITY)
    key = 0
    while len(out) < MAX_CALLS:
        out.get(key)
        if len(out) < MAX_CALLS:
            out.put(key, rng.randrange(MAX_VALUE + 1))
        key = (key + 1) % (MAX_CAPACITY + 1)
    return out.case()


def _capacity_one(seed, calls):
    rng = random.Random(seed)
    out = _Calls(1)
    while len(out) < calls:
        key = rng.choice((0, MAX_KEY, rng.randrange(MAX_KEY + 1)))
        if rng.random() < 0.5:
            out.put(key, rng.choice((0, MAX_VALUE, rng.randrange(MAX_VALUE + 1))))
        else:
            out.get(key)
    return out.case()


def _puts_then_gets(seed, calls):
    """Puts on random keys (most of them evict), then as many gets: which 3000 keys survived?"""
    rng = random.Random(seed)
    out = _Calls(MAX_CAPACITY)
    for _ in range(calls // 2):
        out.put(rng.randrange(MAX_KEY + 1), rng.randrange(MAX_VALUE + 1))
    for _ in range(calls // 2):
        out.get(rng.randrange(MAX_KEY + 1))
    return out.case()


def hidden_cases():
    return [
        ("small capacity, many keys", _random(10, 2000, 100, 1)),
        ("largest, only puts, every one evicts", _only_evicting_puts(13)),
        ("largest", _random(MAX_CAPACITY, MAX_CALLS, MAX_KEY + 1, 2)),
        ("largest, every put evicts", _every_put_evicts(3)),
        ("largest, the same few keys read and updated", _hot_keys(4)),
        ("largest, a cycle one key longer than the capacity", _cycle(5)),
        ("large, capacity 1", _capacity_one(6, 10**5)),
        ("large, capacity 3000 and only 3000 keys", _random(MAX_CAPACITY, 10**5, MAX_CAPACITY, 7)),
        ("large, puts then gets", _puts_then_gets(8, 10**5)),
        ("large, mostly gets", _random(MAX_CAPACITY, 10**5, 4000, 9, put_share=0.1)),
        ("medium, capacity 2, five keys", _random(2, 5000, 5, 10)),
        ("medium, capacity 50, 80 keys", _random(50, 5000, 80, 11)),
        ("medium, capacity 5, 8 keys, mostly puts", _random(5, 3000, 8, 12, put_share=0.8)),
    ]


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
    later = calls.check(case, "LRUCache", {"get": 1, "put": 2}, MAX_CALLS, constructor_arity=1)
    capacity = case["arguments"][0][0]
    assert isinstance(capacity, int) and 1 <= capacity <= MAX_CAPACITY, "need 1 <= capacity <= 3000"
    for _, operation, args in later:
        assert all(isinstance(a, int) for a in args), "keys and values are integers"
        assert 0 <= args[0] <= MAX_KEY, "need 0 <= key <= 10^4"
        if operation == "put":
            assert 0 <= args[1] <= MAX_VALUE, "need 0 <= value <= 10^5"


def input_of_size(n, rng):
    return _random(max(1, min(MAX_CAPACITY, n // 10)), max(1, min(n, MAX_CALLS)), max(2, min(MAX_KEY + 1, n // 5)),
                   rng.randrange(10**6))
