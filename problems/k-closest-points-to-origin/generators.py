"""Up to 10^4 points: k = 1, k = n, k = n / 2, the farthest coordinates, Manhattan and chessboard traps,
equal distances away from the k-th one."""

import random

from hypothesis import strategies as st

from judge.kit import Bound

N = Bound("len(points)", 1, 10**4)
C = Bound("points[i][j]", -10**4, 10**4)
SIZE = "len(points) (k = n / 2)"


def _distance(point):
    return point[0] * point[0] + point[1] * point[1]


def unique_boundary(points, k):
    if k == len(points):
        return True
    distances = sorted(_distance(p) for p in points)
    return distances[k - 1] != distances[k]


def _random(rng, n, k, low=C.low, high=C.high):
    """Random points, redrawn until the k-th and (k+1)-th distances differ."""
    while True:
        points = [[rng.randint(low, high), rng.randint(low, high)] for _ in range(n)]
        if unique_boundary(points, k):
            return {"points": points, "k": k}


def _corners_and_crowd(rng):
    """9000 points at the corners (all as far as possible) and 1000 near the origin: k = 1000."""
    corners = [[C.high, C.high], [C.low, C.low], [C.high, C.low]] * 3000
    crowd = [[rng.randint(-50, 50), rng.randint(-50, 50)] for _ in range(1000)]
    points = corners + crowd
    rng.shuffle(points)
    return {"points": points, "k": 1000}


def hidden_cases():
    rng = random.Random(973)
    big = N.max
    cases = [
        ("one point", {"points": [[0, 0]], "k": 1}),
        ("k = n", {"points": [[3, 3], [-1, 0], [10000, -10000]], "k": 3}),
        ("Manhattan trap", {"points": [[3, 3], [5, 0]], "k": 1}),
        ("chessboard trap", {"points": [[4, 0], [3, 3]], "k": 1}),
        ("equal distances apart from the k-th", {"points": [[1, 0], [0, 1], [-1, 0], [5, 5]], "k": 3}),
        ("repeated points", {"points": [[1, 1], [1, 1], [2, 2]], "k": 2}),
        ("largest, k = 1", _random(rng, big, 1)),
        ("largest, k = n", _random(rng, big, big)),
        ("largest, k = n / 2", _random(rng, big, big // 2)),
        ("largest, k = n - 1", _random(rng, big, big - 1)),
        ("largest, small coordinates, k = n / 2", _random(rng, big, big // 2, -200, 200)),
        ("largest, the corners and a crowd near the origin", _corners_and_crowd(rng)),
    ]
    for seed in range(1, 5):
        r = random.Random(seed)
        n = r.randint(1, big)
        cases.append((f"random {seed}", _random(r, n, r.randint(1, n), *r.choice(((C.low, C.high), (-30, 30))))))
    return cases


@st.composite
def _inputs(draw):
    points = draw(st.lists(st.lists(st.integers(-6, 6), min_size=2, max_size=2), min_size=1, max_size=10))
    k = draw(st.integers(1, len(points)))
    return {"points": points, "k": k}


def strategy():
    return _inputs().filter(lambda case: unique_boundary(case["points"], case["k"]))


def validate(case):
    points, k = case["points"], case["k"]
    N.check(len(points))
    Bound("k", 1, len(points)).check(k)
    for i, point in enumerate(points):
        assert isinstance(point, list) and len(point) == 2, f"points[{i}] must be [x, y]"
        C.check_all(point, f"points[{i}]")
    assert unique_boundary(points, k), "the k-th and (k+1)-th closest distances tie: the answer is not unique"


def input_of_size(n, rng):
    n = N.clamp(n)
    return _random(rng, n, max(1, n // 2))
