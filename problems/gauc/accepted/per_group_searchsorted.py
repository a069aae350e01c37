# One group at a time: sort the group's negative scores, and for each positive count the
# negatives strictly below (1 each) and equal (1/2 each) with two binary searches.
import numpy as np


def gauc(groups: np.ndarray, scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(groups, kind="stable")
    g, s, y = groups[order], scores[order], labels[order]
    bounds = np.flatnonzero(np.r_[True, g[1:] != g[:-1], True])
    total = weight = 0.0
    for start, end in zip(bounds[:-1], bounds[1:]):
        ys, ss = y[start:end], s[start:end]
        negatives = np.sort(ss[ys == 0])
        positives = ss[ys == 1]
        if len(negatives) == 0 or len(positives) == 0:
            continue  # one class only: AUC undefined, the group is left out
        below = np.searchsorted(negatives, positives, side="left")
        equal = np.searchsorted(negatives, positives, side="right") - below
        auc = (below.sum() + 0.5 * equal.sum()) / (len(positives) * len(negatives))
        total += (end - start) * auc
        weight += end - start
    return float(total / weight)
