# Bug: ordinal ranks inside each group (argsort of argsort), so a tied positive/negative pair
# counts 0 or 1 depending on the sort, never 1/2.
import numpy as np


def _groups(groups, scores, labels):
    order = np.argsort(groups, kind="stable")
    g, s, y = groups[order], scores[order], labels[order]
    bounds = np.flatnonzero(np.r_[True, g[1:] != g[:-1], True])
    for start, end in zip(bounds[:-1], bounds[1:]):
        yield s[start:end], y[start:end]


def _auc(s, y):
    ranks = np.argsort(np.argsort(s)) + 1
    pos = y == 1
    p, q = pos.sum(), (~pos).sum()
    return (ranks[pos].sum() - p * (p + 1) / 2) / (p * q)


def gauc(groups, scores, labels):
    pairs = [(len(y), _auc(s, y)) for s, y in _groups(groups, scores, labels) if 0 < y.sum() < len(y)]
    return float(sum(w * a for w, a in pairs) / sum(w for w, _ in pairs))
