# Bug: ordinal ranks (argsort of argsort) instead of average ranks, so ties are ignored.
import numpy as np


def auc_roc(scores, labels):
    ranks = np.argsort(np.argsort(scores)) + 1
    pos = labels == 1
    p, n = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - p * (p + 1) / 2) / (p * n))
