"""Up to 1000 distinct points with coordinates up to 10^6 in size: spread out, clustered, on a line, a grid."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

SIZE = "len(points)"
POINTS = Bound("len(points)", 1, 1000)
COORD = Bound("x, y", -10**6, 10**6)


def _distinct(rng, n, low=COORD.min, high=COORD.max):
    seen, points = set(), []
    while len(points) < n:
        p = (rng.randint(low, high), rng.randint(low, high))
        if p not in seen:
            seen.add(p)
            points.append(list(p))
    return points


def _clusters(rng, n, count):
    centres = _distinct(rng, count, -9 * 10**5, 9 * 10**5)
    seen, points = set(), []
    while len(points) < n:
        cx, cy = rng.choice(centres)
        p = (cx + rng.randint(-1000, 1000), cy + rng.randint(-1000, 1000))
        if p not in seen:
            seen.add(p)
            points.append(list(p))
    return points


def hidden_cases():
    rng = random.Random(1584)
    n = POINTS.max
    corners = [[COORD.min, COORD.min], [COORD.max, COORD.max], [COORD.min, COORD.max], [COORD.max, COORD.min]]
    grid = [[x * 1000, y * 1000] for x in range(-16, 16) for y in range(-16, 16)][:n]
    rng.shuffle(grid)
    return [
        ("largest, spread over the whole square", {"points": _distinct(rng, n)}),
        ("largest, 10 far clusters", {"points": _clusters(rng, n, 10)}),
        ("largest, small square", {"points": _distinct(rng, n, -20, 20)}),
        ("largest, on one line", {"points": [[x, 0] for x in rng.sample(range(COORD.min, COORD.max), n)]}),
        ("largest, a grid", {"points": grid}),
        ("four far corners", {"points": corners}),
        ("one point", {"points": [[5, -5]]}),
    ] + [(f"random {seed}", {"points": _distinct(random.Random(seed), random.Random(seed).randint(2, 12), -30, 30)})
         for seed in range(1, 8)]


@st.composite
def _inputs(draw):
    points = draw(st.lists(st.tuples(st.integers(-20, 20), st.integers(-20, 20)), min_size=1, max_size=9,
                           unique=True))
    return {"points": [list(p) for p in points]}


def strategy():
    return _inputs()


def validate(case):
    points = case["points"]
    POINTS.check(len(points))
    for index, point in enumerate(points):
        assert isinstance(point, list) and len(point) == 2, f"points[{index}] must be [x, y]"
        COORD.check_all(point, f"points[{index}]")
    assert len({tuple(p) for p in points}) == len(points), "the points must be distinct"


def input_of_size(n, rng):
    return {"points": _distinct(rng, POINTS.clamp(n))}
