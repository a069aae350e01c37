import numpy as np


def sample_token(logits, temperature, top_k, top_p, seed):
    z = np.asarray(logits, dtype=np.float64) / temperature
    order = np.argsort(-z, kind="stable")          # largest first, ties by lower token id
    kept = order[:top_k]                           # top-k
    weights = np.exp(z[kept] - z[kept[0]])         # softmax over the kept tokens, shifted by their max
    probs = weights / weights.sum()
    cumulative = np.cumsum(probs)                  # top-p: the shortest prefix reaching top_p
    count = min(int(np.searchsorted(cumulative, top_p, side="left")) + 1, len(kept))
    kept, probs = kept[:count], probs[:count] / probs[:count].sum()
    u = np.random.default_rng(seed).random()       # the one draw
    index = int(np.searchsorted(np.cumsum(probs), u, side="right"))
    return int(kept[min(index, count - 1)])
