import numpy as np


def _unit_rows(x):
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return np.divide(x, norms, out=np.zeros_like(x), where=norms > 0)  # a zero row stays zero


def cosine_top_k(queries, items, k):
    """Similarities by one matrix product, then a partial selection: O(q n d + q n + q k log k)."""
    scores = _unit_rows(np.asarray(queries, dtype=np.float64)) @ _unit_rows(np.asarray(items, dtype=np.float64)).T
    kth = np.partition(-scores, k - 1, axis=1)[:, k - 1:k]  # minus the k-th highest similarity of each row
    above = -scores < kth
    at = -scores == kth
    room = k - above.sum(axis=1, keepdims=True)  # how many of the tied k-th group fit: the lowest indices
    chosen = above | (at & (np.cumsum(at, axis=1) <= room))
    candidates = np.nonzero(chosen)[1].reshape(len(scores), k)  # k per row, in index order
    picked = np.take_along_axis(scores, candidates, axis=1)
    order = np.argsort(-picked, axis=1, kind="stable")  # stable: equal similarities keep the lower index first
    return np.take_along_axis(candidates, order, axis=1).astype(np.int64)
