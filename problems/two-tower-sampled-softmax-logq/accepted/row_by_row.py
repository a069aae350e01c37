# One query at a time: keep the columns that are not another copy of its item, log-sum-exp
# over them, and the gradient as (softmax - one-hot) times the kept items.
import math

import numpy as np


def sampled_softmax_logq(query_emb: np.ndarray, item_emb: np.ndarray, item_ids: np.ndarray,
                         item_probs: np.ndarray, temperature: float):
    batch = len(query_emb)
    log_q = np.log(item_probs)
    total = 0.0
    grad = np.zeros_like(query_emb)
    for i in range(batch):
        keep = np.flatnonzero((item_ids != item_ids[i]) | (np.arange(batch) == i))
        logits = item_emb[keep] @ query_emb[i] / temperature - log_q[keep]
        top = logits.max()
        lse = top + math.log(np.exp(logits - top).sum())
        positive = int(np.flatnonzero(keep == i)[0])
        total += lse - logits[positive]
        p = np.exp(logits - lse)
        p[positive] -= 1.0
        grad[i] = p @ item_emb[keep] / temperature
    return total / batch, grad / batch
