# O(n * distinct values): every candidate threshold splits the data afresh and counts its classes.
from collections import Counter
import math


def _impurity(counter, size, criterion):
    if criterion == "gini":
        return 1.0 - sum((c / size) ** 2 for c in counter.values())
    return -sum(c / size * math.log2(c / size) for c in counter.values() if c)


def best_split(x, y, criterion):
    xs, ys = x.tolist(), y.tolist()
    n = len(xs)
    parent = _impurity(Counter(ys), n, criterion)
    values = sorted(set(xs))
    best = (-math.inf, None)
    for a, b in zip(values, values[1:]):
        t = (a + b) / 2
        left = Counter(label for v, label in zip(xs, ys) if v <= t)
        right = Counter(label for v, label in zip(xs, ys) if v > t)
        nl = sum(left.values())
        gain = parent - nl / n * _impurity(left, nl, criterion) - (n - nl) / n * _impurity(right, n - nl, criterion)
        if gain > best[0] + 1e-12:
            best = (gain, t)
    return best[1], best[0]
