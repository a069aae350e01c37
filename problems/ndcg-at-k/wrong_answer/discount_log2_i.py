# Bug: discount log2(i) instead of log2(i + 1), patched to 1 at i = 1 to dodge the division by zero.
import numpy as np


def ndcg_at_k(relevance, k):
    def dcg(rel):
        rel = rel[:k]
        discounts = np.log2(np.arange(1, len(rel) + 1, dtype=float))
        discounts[0] = 1.0
        return np.sum((2.0 ** rel - 1) / discounts)

    ideal = dcg(np.sort(relevance)[::-1])
    return 0.0 if ideal == 0 else float(dcg(relevance) / ideal)
