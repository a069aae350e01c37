import numpy as np


def auc_roc(scores, labels):
    """Mann-Whitney U with average ranks for ties."""
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels) == 1
    _, group, counts = np.unique(s, return_inverse=True, return_counts=True)
    first_rank = np.cumsum(counts) - counts + 1  # rank of each tie group's first member
    average_rank = first_rank + (counts - 1) / 2.0
    positives = int(y.sum())
    negatives = len(s) - positives
    rank_sum = average_rank[group.ravel()][y].sum()
    return float((rank_sum - positives * (positives + 1) / 2.0) / (positives * negatives))
