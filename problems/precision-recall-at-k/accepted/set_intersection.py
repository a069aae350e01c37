# Set intersection of the top k with the relevant ids; numpy is not needed.
from typing import List


def precision_recall_at_k(recommended: List[int], relevant: List[int], k: int) -> List[float]:
    hits = len(set(recommended[:k]) & set(relevant))
    return [float(hits) / k, float(hits) / len(relevant)]
