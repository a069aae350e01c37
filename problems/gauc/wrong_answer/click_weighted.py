# Bug: weights each group by its clicks (positives) instead of its impressions.
import numpy as np


def _groups(groups, scores, labels):
    order = np.argsort(groups, kind="stable")
    g, s, y = groups[order], scores[order], labels[order]
    bounds = np.flatnonzero(np.r_[True, g[1:] != g[:-1], True])
    for start, end in zip(bounds[:-1], bounds[1:]):
        yield s[start:end], y[start:end]


def _auc(s, y):
    _, inverse, counts = np.unique(s, return_inverse=True, return_counts=True)
    average_rank = np.cumsum(counts) - (counts - 1) / 2.0
    pos = y == 1
    p, q = pos.sum(), (~pos).sum()
    return (average_rank[inverse.ravel()][pos].sum() - p * (p + 1) / 2) / (p * q)


def gauc(groups, scores, labels):
    pairs = [(y.sum(), _auc(s, y)) for s, y in _groups(groups, scores, labels) if 0 < y.sum() < len(y)]
    return float(sum(w * a for w, a in pairs) / sum(w for w, _ in pairs))
