# Bug: one AUC over all impressions, ignoring the groups: pairs of different users are compared too.
import numpy as np


def gauc(groups, scores, labels):
    _, inverse, counts = np.unique(scores, return_inverse=True, return_counts=True)
    average_rank = np.cumsum(counts) - (counts - 1) / 2.0
    pos = labels == 1
    p, q = pos.sum(), (~pos).sum()
    return float((average_rank[inverse.ravel()][pos].sum() - p * (p + 1) / 2) / (p * q))
