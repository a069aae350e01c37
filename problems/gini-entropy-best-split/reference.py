import numpy as np

TIE = 1e-12  # gains this close to the best are equal in exact arithmetic (see the statement)


def _impurity(counts, criterion):
    """Impurity of every row of class counts (rows with no example count as pure)."""
    sizes = counts.sum(axis=1, keepdims=True)
    shares = counts / np.maximum(sizes, 1)
    if criterion == "gini":
        return 1.0 - np.sum(shares * shares, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.where(shares > 0, np.log2(shares), 0.0)
    return -np.sum(shares * logs, axis=1)


def best_split(x, y, criterion):
    order = np.argsort(x, kind="stable")
    xs, ys = np.asarray(x, dtype=np.float64)[order], np.asarray(y)[order]
    n = len(xs)
    onehot = np.zeros((n, int(ys.max()) + 1))
    onehot[np.arange(n), ys] = 1.0
    left = np.cumsum(onehot, axis=0)[:-1]  # row i: the first i + 1 examples go left
    total = onehot.sum(axis=0)
    right = total - left
    n_left = np.arange(1, n)
    gain = (_impurity(total[None, :], criterion)[0]
            - n_left / n * _impurity(left, criterion)
            - (n - n_left) / n * _impurity(right, criterion))
    gain[xs[1:] == xs[:-1]] = -np.inf  # no threshold between equal values
    i = int(np.argmax(gain >= gain.max() - TIE))  # the lowest threshold among the best
    return float((xs[i] + xs[i + 1]) / 2), float(gain[i])
