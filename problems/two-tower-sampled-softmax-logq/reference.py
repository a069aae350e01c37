import numpy as np


def sampled_softmax_logq(query_emb, item_emb, item_ids, item_probs, temperature):
    """In-batch softmax over corrected logits s_ij = u_i . v_j / T - log q_j, other copies of
    row i's item removed; loss = mean_i -log P_ii, dL/du_i = (P_i - e_i) V / (T B)."""
    u = np.asarray(query_emb, dtype=np.float64)
    v = np.asarray(item_emb, dtype=np.float64)
    ids = np.asarray(item_ids)
    batch = len(u)
    logits = (u @ v.T) / temperature - np.log(np.asarray(item_probs, dtype=np.float64))[None, :]
    accidental = (ids[:, None] == ids[None, :]) & ~np.eye(batch, dtype=bool)
    logits[accidental] = -np.inf
    top = logits.max(axis=1, keepdims=True)
    shifted = logits - top
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - log_norm  # -inf where removed
    loss = float(-np.mean(np.diag(log_p)))
    p = np.exp(log_p)
    p[np.arange(batch), np.arange(batch)] -= 1.0
    grad = p @ v / (temperature * batch)
    return loss, grad
