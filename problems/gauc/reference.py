import numpy as np


def gauc(groups, scores, labels):
    """Each group's Mann-Whitney AUC from average ranks within the group, all groups at once:
    one sort by (group, score), then sums per group with np.bincount. O(n log n)."""
    _, group = np.unique(np.asarray(groups), return_inverse=True)
    group = group.ravel()
    s = np.asarray(scores, dtype=np.float64)
    positive = np.asarray(labels) == 1
    order = np.lexsort((s, group))
    g, s, positive = group[order], s[order], positive[order]
    n = len(g)
    starts_group = np.r_[True, g[1:] != g[:-1]]
    starts_block = starts_group | np.r_[True, s[1:] != s[:-1]]  # a block: equal scores within a group
    position = np.arange(n)
    group_start = np.maximum.accumulate(np.where(starts_group, position, 0))
    block = np.cumsum(starts_block) - 1
    block_first = position[starts_block]
    block_size = np.diff(np.r_[block_first, n])
    # 1-based rank within the group, averaged over a block of ties
    average_rank = (block_first - group_start[block_first] + 1) + (block_size - 1) / 2.0
    groups_count = g[-1] + 1
    rank_sum = np.bincount(g, weights=average_rank[block] * positive, minlength=groups_count)
    p = np.bincount(g, weights=positive, minlength=groups_count)
    size = np.bincount(g, minlength=groups_count).astype(np.float64)
    q = size - p
    both = (p > 0) & (q > 0)
    auc = (rank_sum[both] - p[both] * (p[both] + 1) / 2.0) / (p[both] * q[both])
    return float(np.sum(size[both] * auc) / np.sum(size[both]))
