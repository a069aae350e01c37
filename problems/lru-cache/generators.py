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
