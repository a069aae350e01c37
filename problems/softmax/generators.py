"""The largest batch, with logits spread over the whole allowed range."""

import random


def hidden_cases():
    rng = random.Random(3)
    wide = [[rng.uniform(-10**4, 10**4) for _ in range(1000)] for _ in range(300)]
    narrow = [[rng.gauss(0, 3) for _ in range(10)] for _ in range(1000)]
    return [("large, wide range", {"logits": wide}), ("large batch", {"logits": narrow})]
