"""Every single key, the empty string, and four-key strings heavy on the four-letter keys 7 and 9."""

import random

from hypothesis import strategies as st

from judge.kit import strings

KEYS = "23456789"
MAX_LEN = 4
SIZE = "len(digits)"


def hidden_cases():
    rng = random.Random(17)
    cases = [(f"only key {key}", {"digits": key}) for key in KEYS]
    cases += [("largest, all four-letter keys", {"digits": "7979"}), ("largest, same key", {"digits": "9999"}),
              ("largest, three-letter keys", {"digits": "2345"})]
    cases += [(f"random {i}", {"digits": strings.random_string(rng, rng.randint(2, MAX_LEN), KEYS)})
              for i in range(8)]
    return cases


def strategy():
    return st.fixed_dictionaries({"digits": strings.strategy(KEYS, 0, MAX_LEN)})


def validate(case):
    strings.check(case["digits"], KEYS, 0, MAX_LEN, what="digits")


def input_of_size(n, rng):
    return {"digits": strings.random_string(rng, max(0, min(n, MAX_LEN)), KEYS)}
