# O(q * n) Python-level calls: one cosine per (query, item) pair with numpy on single vectors,
# then a full sort of each query's list.
import numpy as np


def cosine(a, b):
    na, nb = np.linalg.norm(a), np.linalg.norm(b)
    return 0.0 if na == 0 or nb == 0 else float(np.dot(a, b) / (na * nb))


def cosine_top_k(queries, items, k):
    result = []
    for q in queries:
        sims = [cosine(q, v) for v in items]
        result.append(sorted(range(len(items)), key=lambda j: (-sims[j], j))[:k])
    return np.array(result, dtype=np.int64)
