"""Up to 10^5 cars: every car its own fleet, one fleet, exact ties at the target, slow leaders far ahead,
cars in shuffled order. Arrival times that differ are never so close that a float would merge them."""

import random
from fractions import Fraction

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("n", 1, 10**5)
TARGET = Bound("target", 1, 10**6)
SPEED = Bound("speed[i]", 1, 10**6)
SIZE = "n"


def _shuffled(rng, position, speed):
    order = list(range(len(position)))
    rng.shuffle(order)
    return [position[i] for i in order], [speed[i] for i in order]


def _case(rng, target, position, speed):
    position, speed = _shuffled(rng, position, speed)
    return {"target": target, "position": position, "speed": speed}


def _random(rng, n, target, max_speed):
    return _case(rng, target, rng.sample(range(target), n), [rng.randint(1, max_speed) for _ in range(n)])


def _ties(rng, n, target):
    """Cars in groups that all arrive at the same moment: speed proportional to the distance left."""
    position, speed = [], []
    for p in rng.sample(range(target), n):
        distance = target - p
        speed.append(distance * rng.choice((1, 2)) if distance <= 5 * 10**5 else distance)
        position.append(p)
    return _case(rng, target, position, speed)


def hidden_cases():
    rng = random.Random(853)
    big, far = N.max, TARGET.max
    cases = [
        ("one car", {"target": 1, "position": [0], "speed": [1]}),
        ("meet exactly at the target", {"target": 10, "position": [0, 5], "speed": [2, 1]}),
        ("never meet", {"target": 10, "position": [0, 5], "speed": [1, 2]}),
        ("slow leader, faster one behind, fastest last", {"target": 100, "position": [90, 50, 0], "speed": [1, 8, 4]}),
        ("same speed, never meet", {"target": 10, "position": [3, 1, 7], "speed": [2, 2, 2]}),
        ("largest, every car its own fleet", _case(rng, big, list(range(big)), [1] * big)),
        ("largest, one fleet behind a crawler", _case(rng, far, [far - 1] + rng.sample(range(far - 1), big - 1),
                                                     [1] + [10**6] * (big - 1))),
        ("largest, all arrive together", _ties(rng, big, far)),
        ("largest, random", _random(rng, big, far, 10**6)),
        ("largest, random, slow cars", _random(rng, big, far, 10)),
        ("largest, speeds rising towards the back", _case(rng, far, list(range(far - big, far)),
                                                          list(range(big, 0, -1)))),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        target = r.randint(1, far)
        n = r.randint(1, min(big, target))
        cases.append((f"random {seed}", _random(r, n, target, r.choice((3, 1000, 10**6)))))
    return cases


@st.composite
def _inputs(draw):
    target = draw(st.integers(1, 20))
    position = draw(st.lists(st.integers(0, target - 1), min_size=1, max_size=min(8, target), unique=True))
    speed = draw(st.lists(st.integers(1, 6), min_size=len(position), max_size=len(position)))
    return {"target": target, "position": position, "speed": speed}


def strategy():
    return _inputs()


def validate(case):
    target, position, speed = case["target"], case["position"], case["speed"]
    N.check(len(position), "n")
    assert len(speed) == len(position), f"len(speed) = {len(speed)} differs from len(position) = {len(position)}"
    TARGET.check(target)
    Bound("position[i]", 0, target - 1).check_all(position)
    assert len(set(position)) == len(position), "the values of position must be unique"
    SPEED.check_all(speed)
    times = sorted({Fraction(target - p, s) for p, s in zip(position, speed)})
    for earlier, later in zip(times, times[1:]):
        assert float(earlier) < float(later), f"arrival times {earlier} and {later} differ but round to one float"


def input_of_size(n, rng):
    return _random(rng, N.clamp(n), TARGET.max, 10**6)
