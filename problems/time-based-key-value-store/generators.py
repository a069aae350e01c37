"""Long histories: a get that walks a key's history cannot answer 10^5 queries in time."""

import random
import string

from hypothesis import strategies as st

ALPHABET = string.ascii_lowercase + string.digits
MAX_TIME, MAX_CALLS, MAX_LEN = 10**7, 2 * 10**5, 100
SIZE = "number of calls"


def _word(rng, longest=8):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, longest)))


def _case(calls, keys, seed, set_share=0.5, longest=8):
    """Random sets (increasing timestamps) and gets on `keys` distinct keys."""
    rng = random.Random(seed)
    names = list(dict.fromkeys(_word(rng, longest) for _ in range(keys)))  # not a set: its order changes between processes
    step = max(1, MAX_TIME // (calls + 1))
    operations, arguments, time = ["TimeMap"], [[]], 0
    for _ in range(calls):
        if rng.random() < set_share:
            time += rng.randint(1, step)
            operations.append("set")
            arguments.append([rng.choice(names), _word(rng, longest), time])
        else:
            operations.append("get")
            arguments.append([rng.choice(names), rng.randint(1, min(MAX_TIME, time + step))])
    return {"operations": operations, "arguments": arguments}


def _one_long_history(seed):
    """One key written 10^5 times, then 10^5 gets spread over its whole history."""
    rng = random.Random(seed)
    half = MAX_CALLS // 2
    times = sorted(rng.sample(range(1, MAX_TIME + 1), half))
    sets = [["key", _word(rng), t] for t in times]
    gets = [["key", rng.randint(1, MAX_TIME)] for _ in range(half)]
    return {"operations": ["TimeMap"] + ["set"] * half + ["get"] * half, "arguments": [[]] + sets + gets}


def _longest_strings(seed):
    rng = random.Random(seed)
    keys = ["".join(rng.choice(ALPHABET) for _ in range(MAX_LEN)) for _ in range(3)]
    operations, arguments = ["TimeMap"], [[]]
    for t in range(1, 31):
        operations += ["set", "get"]
        value = "".join(rng.choice(ALPHABET) for _ in range(MAX_LEN))
        arguments += [[rng.choice(keys), value, 3 * t], [rng.choice(keys), rng.randint(1, 100)]]
    return {"operations": operations, "arguments": arguments}


def hidden_cases():
    return [
        ("random, one key", _case(50, 1, 1)),
        ("random, three keys", _case(100, 3, 2)),
        ("random, many keys, mostly gets", _case(500, 50, 3, set_share=0.2)),
        ("random, many keys, mostly sets", _case(2000, 200, 4, set_share=0.8)),
        ("random, two keys, dense", _case(1000, 2, 8, set_share=0.6)),
        ("random, long keys and values", _case(300, 20, 9, longest=MAX_LEN)),
        ("random, medium", _case(20_000, 100, 10)),
        ("longest keys and values", _longest_strings(5)),
        ("largest, many keys", _case(MAX_CALLS, 1000, 6)),
        ("largest, one key with a long history", _one_long_history(7)),
    ]


def input_of_size(n, rng):
    return _case(n, 10, rng.randrange(10**9))


def validate(case):
    operations, arguments = case["operations"], case["arguments"]
    assert len(operations) == len(arguments), "operations and arguments differ in length"
    assert operations[0] == "TimeMap" and arguments[0] == [], "the first call must be TimeMap()"
    assert len(operations) - 1 <= MAX_CALLS, f"{len(operations) - 1} calls, at most {MAX_CALLS}"
    last = 0
    for index, (operation, args) in enumerate(zip(operations[1:], arguments[1:]), 1):
        assert operation in ("set", "get"), f"call {index}: unknown operation {operation}"
        assert len(args) == (3 if operation == "set" else 2), f"call {index}: wrong number of arguments"
        for text in args[:-1]:
            assert isinstance(text, str) and 1 <= len(text) <= MAX_LEN, f"call {index}: bad length {text!r:.30}"
            assert set(text) <= set(ALPHABET), f"call {index}: {text!r:.30} has characters outside a-z0-9"
        timestamp = args[-1]
        assert isinstance(timestamp, int) and 1 <= timestamp <= MAX_TIME, f"call {index}: timestamp {timestamp}"
        if operation == "set":
            assert timestamp > last, f"call {index}: set timestamps must strictly increase"
            last = timestamp


@st.composite
def _calls(draw):
    keys = st.sampled_from(["a", "b", "ab"])
    values = st.text(alphabet="xy1", min_size=1, max_size=2)
    operations, arguments, time = ["TimeMap"], [[]], 0
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.booleans()):
            time += draw(st.integers(1, 3))
            operations.append("set")
            arguments.append([draw(keys), draw(values), time])
        else:
            operations.append("get")
            arguments.append([draw(keys), draw(st.integers(1, time + 3))])
    return {"operations": operations, "arguments": arguments}


def strategy():
    return _calls()
