"""Any answer that ranks each query's items as the statement says, with similarities that
differ by at most TIE (floating-point noise: 2 * item / |2 * item| against item / |item|)
counted as equal, so every exact formulation of cosine similarity is accepted."""

import numpy as np

TIE = 1e-9


def similarities(queries, items):
    q, v = np.asarray(queries, dtype=np.float64), np.asarray(items, dtype=np.float64)
    qn, vn = np.linalg.norm(q, axis=1), np.linalg.norm(v, axis=1)
    dots = q @ v.T
    scale = np.outer(qn, vn)
    return np.divide(dots, scale, out=np.zeros_like(dots), where=scale > 0)


def _precedes(score_a, a, score_b, b):
    """Whether item a must come before item b: a higher similarity, or a tie and a lower index."""
    return (score_a > score_b + TIE) | ((np.abs(score_a - score_b) <= TIE) & (a < b))


def _row_reason(row, scores, got):
    n = len(scores)
    if len(set(got)) != len(got):
        return f"query {row}: an item index appears twice in {got}"
    for position in range(1, len(got)):
        a, b = got[position - 1], got[position]
        if _precedes(scores[b], b, scores[a], a):
            return (f"query {row}: item {b} (similarity {scores[b]:.12g}) must come before item {a} "
                    f"(similarity {scores[a]:.12g})")
    chosen = np.zeros(n, dtype=bool)
    chosen[got] = True
    last = got[-1]
    others = np.flatnonzero(~chosen)
    better = others[_precedes(scores[others], others, scores[last], last)]
    if len(better):
        j = int(better[0])
        return (f"query {row}: item {j} (similarity {scores[j]:.12g}) belongs in the top k before item {last} "
                f"(similarity {scores[last]:.12g})")
    return None


def check(input, expected, got):
    n, k = len(input["items"]), input["k"]
    rows = len(input["queries"])
    if not isinstance(got, list) or len(got) != rows:
        return f"the answer must be an array of shape ({rows}, {k})"
    if not all(isinstance(r, list) and len(r) == k and all(type(i) is int for i in r) for r in got):
        return f"the answer must be an integer array of shape ({rows}, {k})"
    if any(not 0 <= i < n for r in got for i in r):
        return f"an item index is outside 0..{n - 1}"
    scores = similarities(input["queries"], input["items"])
    for row, indices in enumerate(got):
        reason = _row_reason(row, scores[row], indices)
        if reason:
            return reason
    return None
