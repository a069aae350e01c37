# Bug: np.argmax over the reversed gains, so a tie goes to the highest threshold.
import numpy as np


def best_split(x, y, criterion):
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    n = len(xs)
    onehot = np.eye(ys.max() + 1)[ys]
    left = np.cumsum(onehot, axis=0)[:-1]
    right = onehot.sum(0) - left

    def imp(c):
        p = c / np.maximum(c.sum(-1, keepdims=True), 1)
        if criterion == "gini":
            return 1 - (p ** 2).sum(-1)
        with np.errstate(divide="ignore", invalid="ignore"):
            return -np.where(p > 0, p * np.log2(p), 0).sum(-1)

    nl = np.arange(1, n)
    gain = imp(onehot.sum(0)) - nl / n * imp(left) - (n - nl) / n * imp(right)
    gain[xs[1:] == xs[:-1]] = -np.inf
    i = len(gain) - 1 - int(np.argmax(gain[::-1] >= gain.max() - 1e-12))
    return float((xs[i] + xs[i + 1]) / 2), float(gain[i])
