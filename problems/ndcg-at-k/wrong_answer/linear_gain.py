# Bug: uses the grade itself as the gain instead of 2^rel - 1.
import numpy as np


def ndcg_at_k(relevance, k):
    def dcg(rel):
        rel = rel[:k]
        return np.sum(rel / np.log2(np.arange(2, len(rel) + 2)))

    ideal = dcg(np.sort(relevance)[::-1])
    return 0.0 if ideal == 0 else float(dcg(relevance) / ideal)
