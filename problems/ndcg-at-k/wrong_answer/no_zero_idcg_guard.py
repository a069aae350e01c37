# Bug: no guard for IDCG = 0, so a query without relevant documents gives 0/0 = nan.
import numpy as np


def ndcg_at_k(relevance, k):
    def dcg(rel):
        rel = rel[:k]
        return np.sum((2.0 ** rel - 1) / np.log2(np.arange(2, len(rel) + 2)))

    return float(dcg(relevance) / dcg(np.sort(relevance)[::-1]))
