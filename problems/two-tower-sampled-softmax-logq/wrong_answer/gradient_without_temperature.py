# Bug: the gradient forgets the 1 / T of the logits' derivative.
import numpy as np


def sampled_softmax_logq(query_emb, item_emb, item_ids, item_probs, temperature):
    u, v, ids = query_emb, item_emb, item_ids
    batch = len(u)
    logits = (u @ v.T) / temperature - np.log(item_probs)[None, :]
    accidental = (ids[:, None] == ids[None, :]) & ~np.eye(batch, dtype=bool)
    logits[accidental] = -np.inf
    top = logits.max(axis=1, keepdims=True)
    log_p = logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    p[np.arange(batch), np.arange(batch)] -= 1.0
    return float(-np.mean(np.diag(log_p))), p @ v / (batch)
