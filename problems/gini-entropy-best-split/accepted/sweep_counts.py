# Pure Python sweep: sort once, move examples into the left child one tie group at a time,
# score each boundary from the running class counts; a strictly better gain (by more than
# 1e-12) replaces the best, so the lowest threshold wins ties.
import math


def _impurity(counts, size, criterion):
    if criterion == "gini":
        return 1.0 - sum((c / size) ** 2 for c in counts)
    return -sum(c / size * math.log2(c / size) for c in counts if c)


def best_split(x, y, criterion):
    pairs = sorted(zip(x.tolist(), y.tolist()))
    n = len(pairs)
    classes = max(label for _, label in pairs) + 1
    total = [0] * classes
    for _, label in pairs:
        total[label] += 1
    parent = _impurity(total, n, criterion)
    left = [0] * classes
    best_gain, best_threshold = -math.inf, None
    for i in range(n - 1):
        left[pairs[i][1]] += 1
        if pairs[i][0] == pairs[i + 1][0]:
            continue
        right = [t - l for t, l in zip(total, left)]
        size = i + 1
        gain = parent - size / n * _impurity(left, size, criterion) - (n - size) / n * _impurity(right, n - size, criterion)
        if gain > best_gain + 1e-12:
            best_gain, best_threshold = gain, pairs[i][0] / 2 + pairs[i + 1][0] / 2
    return best_threshold, best_gain
