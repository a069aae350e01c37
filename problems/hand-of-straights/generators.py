"""Hands of 10^4 cards: shuffled unions of straights (true), one card moved or swapped (false), many copies."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(hand)", 1, 10**4)
CARD = Bound("hand[i]", 0, 10**9)
SIZE = "len(hand)"


def _straights(rng, groups, size, low, high):
    """`groups` random straights of `size` cards starting in [low, high - size + 1], shuffled together."""
    cards = []
    for _ in range(groups):
        start = rng.randint(low, high - size + 1)
        cards.extend(range(start, start + size))
    rng.shuffle(cards)
    return cards


def _broken(rng, cards):
    """Change one card by +-1 or to a far value: the hand no longer splits (almost always)."""
    cards = cards[:]
    index = rng.randrange(len(cards))
    cards[index] = CARD.clamp(cards[index] + rng.choice((-1, 1, 10**6)))
    return cards


def hidden_cases():
    rng = random.Random(846)
    cases = []
    for size, low, high in ((1, 0, 10**9), (2, 0, 50), (5, 0, 100), (100, 0, 300), (10, 10**9 - 60, 10**9),
                            (1000, 0, 2000), (10**4, 0, 10**9)):
        good = _straights(rng, N.max // size, size, low, high)
        cases.append((f"largest, straights of {size}", {"hand": good, "groupSize": size}))
        if size > 1:
            cases.append((f"largest, straights of {size}, one card moved",
                          {"hand": _broken(rng, good), "groupSize": size}))
    cases.append(("largest, two values 5000 copies each", {"hand": [7] * 5000 + [8] * 5000, "groupSize": 2}))
    cases.append(("largest, two values, counts differ", {"hand": [7] * 5001 + [8] * 4999, "groupSize": 2}))
    cases.append(("largest, 0..9999 in reverse", {"hand": list(range(N.max - 1, -1, -1)), "groupSize": 16}))
    cases.append(("largest, group size does not divide", {"hand": list(range(N.max)), "groupSize": 3}))
    for i in range(6):
        size = rng.randint(2, 6)
        good = _straights(rng, rng.randint(1, 12), size, 0, 15)
        cases.append((f"small random {i}", {"hand": good if i % 2 else _broken(rng, good), "groupSize": size}))
    return cases


@st.composite
def _inputs(draw):
    size = draw(st.integers(1, 4))
    if draw(st.booleans()):  # a union of straights, sometimes with one card changed
        starts = draw(st.lists(st.integers(0, 8), min_size=1, max_size=max(1, 12 // size)))
        hand = [s + i for s in starts for i in range(size)]
        hand = draw(st.permutations(hand))
        if draw(st.booleans()):
            hand[0] = max(0, hand[0] + draw(st.sampled_from((-1, 1))))
    else:
        hand = draw(st.lists(st.integers(0, 8), min_size=size, max_size=12))
    return {"hand": list(hand), "groupSize": size}


def strategy():
    return _inputs()


def validate(case):
    hand, size = case["hand"], case["groupSize"]
    N.check(len(hand))
    CARD.check_all(hand)
    Bound("groupSize", 1, len(hand)).check(size)


def input_of_size(n, rng):
    n = N.clamp(n)
    size = rng.choice([d for d in (1, 2, 4, 5, 8) if n % d == 0])
    return {"hand": _straights(rng, n // size, size, 0, 10**6), "groupSize": size}
