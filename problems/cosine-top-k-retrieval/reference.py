import numpy as np


def _unit_rows(x):
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)  # a zero row stays zero


def cosine_top_k(queries, items, k):
    """Similarities by one matrix product, then a partial selection: O(q n d + q n + q k log k)."""
    negated = -_unit_rows(np.asarray(queries, dtype=np.float64)) @ _unit_rows(np.asarray(items, dtype=np.float64)).T
    kth = np.partition(negated, k - 1, axis=1)[:, k - 1:k]  # minus the k-th highest similarity of each row
    within = negated <= kth
    if (np.count_nonzero(within, axis=1) > k).any():  # a tie straddles the cut: keep the lowest indices of it
        at = negated == kth
        room = k - (negated < kth).sum(axis=1, keepdims=True)
        within = (negated < kth) | (at & (np.cumsum(at, axis=1) <= room))
    candidates = np.nonzero(within)[1].reshape(len(negated), k)  # k per row, in index order
    picked = np.take_along_axis(negated, candidates, axis=1)
    order = np.argsort(picked, axis=1, kind="stable")  # stable: equal similarities keep the lower index first
    return np.take_along_axis(candidates, order, axis=1).astype(np.int64)
