"""Large strings of 5 * 10^4 characters: checking every substring cannot finish them."""

import random
import string

from hypothesis import strategies as st

N = 5 * 10**4
PRINTABLE = "".join(chr(c) for c in range(32, 127))  # letters, digits, symbols and the space


def _random(seed, n, alphabet):
    rng = random.Random(seed)
    return {"s": "".join(rng.choice(alphabet) for _ in range(n))}


def _longest_at_the_end(seed):
    rng = random.Random(seed)
    tail = list(PRINTABLE)
    rng.shuffle(tail)
    return {"s": "".join(rng.choice("ab") for _ in range(N - len(tail))) + "".join(tail)}


def _mirrored_blocks(seed):
    """Each block of distinct characters is followed by its mirror image: 'abc' + 'cba'."""
    rng = random.Random(seed)
    pieces = []
    while sum(map(len, pieces)) < N - 200:
        block = rng.sample(string.ascii_letters + string.digits, rng.randint(5, 60))
        pieces.append("".join(block) + "".join(reversed(block)))
    return {"s": "".join(pieces)}


def hidden_cases():
    cycle = (PRINTABLE * (N // len(PRINTABLE) + 1))[:N]
    return [
        ("largest, random printable", _random(1, N, PRINTABLE)),
        ("largest, all 95 characters cycling", {"s": cycle}),
        ("largest, one character", {"s": "z" * N}),
        ("largest, all spaces", {"s": " " * N}),
        ("largest, longest piece at the end", _longest_at_the_end(2)),
        ("largest, mirrored blocks", _mirrored_blocks(3)),
        ("medium, letters", _random(4, 2000, string.ascii_letters)),
        ("small, three letters", _random(5, 60, "abc")),
    ]


def strategy():
    return st.fixed_dictionaries({"s": st.text(alphabet="abcA ", max_size=12)})


def validate(case):
    s = case["s"]
    assert isinstance(s, str), "s must be a string"
    assert len(s) <= N, f"len(s) = {len(s)} is over 5 * 10^4"
    bad = [ch for ch in set(s) if not 32 <= ord(ch) <= 126]
    assert not bad, f"s holds characters outside printable ASCII: {bad[:3]!r}"


SIZE = "len(s)"


def input_of_size(n, rng):
    return {"s": "".join(rng.choice(PRINTABLE) for _ in range(n))}
