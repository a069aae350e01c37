# Vectorised: np.isin marks the relevant ids among the top k.
import numpy as np


def precision_recall_at_k(recommended, relevant, k):
    top = np.asarray(recommended[:k], dtype=np.int64)
    hits = int(np.isin(top, np.asarray(relevant, dtype=np.int64)).sum())
    return hits / k, hits / len(relevant)
