# Bug: subtracts log q_j before dividing by the temperature, (u . v - log q) / T,
# instead of u . v / T - log q.
import numpy as np


def sampled_softmax_logq(query_emb, item_emb, item_ids, item_probs, temperature):
    u, v, ids = query_emb, item_emb, item_ids
    batch = len(u)
    logits = (u @ v.T - np.log(item_probs)[None, :]) / temperature
    accidental = (ids[:, None] == ids[None, :]) & ~np.eye(batch, dtype=bool)
    logits[accidental] = -np.inf
    top = logits.max(axis=1, keepdims=True)
    log_p = logits - top - np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
    p = np.exp(log_p)
    p[np.arange(batch), np.arange(batch)] -= 1.0
    return float(-np.mean(np.diag(log_p))), p @ v / (temperature * batch)
