# A set of held-out items per user, then a Python loop over the users' top k.
from collections import defaultdict
from typing import List

import numpy as np


def recall_and_hit_rate_at_k(recommended: np.ndarray, held_out: np.ndarray, k: int) -> List[float]:
    relevant = defaultdict(set)
    for user, item in held_out.tolist():
        relevant[user].add(item)
    recalls, hits = [], []
    for user, row in enumerate(recommended.tolist()):
        wanted = relevant.get(user)
        if not wanted:
            continue
        found = sum(1 for item in row[:k] if item in wanted)
        recalls.append(found / len(wanted))
        hits.append(1.0 if found else 0.0)
    return [sum(recalls) / len(recalls), sum(hits) / len(hits)]
