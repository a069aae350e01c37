# Pure Python: enumerate from 1, discount log2(i + 1); heapq.nlargest for the ideal top k.
import heapq
import math


def ndcg_at_k(relevance, k):
    rel = relevance.tolist()

    def dcg(grades):
        return sum((2 ** g - 1) / math.log2(i + 1) for i, g in enumerate(grades, start=1))

    ideal = dcg(heapq.nlargest(k, rel))
    if ideal == 0:
        return 0.0
    return dcg(rel[:k]) / ideal
