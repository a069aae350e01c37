import numpy as np


def _dcg(gains, k):
    top = gains[:k]
    return float(np.sum(top / np.log2(np.arange(2, len(top) + 2))))


def ndcg_at_k(relevance, k):
    gains = np.exp2(np.asarray(relevance, dtype=np.float64)) - 1.0
    ideal = _dcg(np.sort(gains)[::-1], k)
    return 0.0 if ideal == 0.0 else _dcg(gains, k) / ideal
