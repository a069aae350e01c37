# Dot products divided by the outer product of the norms (0 where a norm is 0), then a
# partial sort per query with np.lexsort on (index, -similarity) over the top-k candidates.
import numpy as np


def cosine_top_k(queries: np.ndarray, items: np.ndarray, k: int) -> np.ndarray:
    dots = queries @ items.T
    scale = np.outer(np.linalg.norm(queries, axis=1), np.linalg.norm(items, axis=1))
    scores = np.divide(dots, scale, out=np.zeros_like(dots), where=scale > 0)
    result = np.empty((len(queries), k), dtype=np.int64)
    for row, s in enumerate(scores):
        kth = np.partition(s, len(s) - k)[len(s) - k]
        candidates = np.flatnonzero(s >= kth)
        ranked = candidates[np.lexsort((candidates, -s[candidates]))]
        result[row] = ranked[:k]
    return result
