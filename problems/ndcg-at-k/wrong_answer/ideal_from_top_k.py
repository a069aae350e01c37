# Bug: builds the ideal ranking from the model's top k only, not from all n relevances.
import numpy as np


def ndcg_at_k(relevance, k):
    def dcg(rel):
        return np.sum((2.0 ** rel - 1) / np.log2(np.arange(2, len(rel) + 2)))

    top = relevance[:k]
    ideal = dcg(np.sort(top)[::-1])
    return 0.0 if ideal == 0 else float(dcg(top) / ideal)
