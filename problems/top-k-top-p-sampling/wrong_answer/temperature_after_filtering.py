# Bug: applies the temperature only after top-p, so the nucleus is chosen from the untempered distribution.
import numpy as np


def sample_token(logits, temperature, top_k, top_p, seed):
    z = np.asarray(logits, dtype=np.float64)
    order = np.argsort(-z, kind="stable")
    kept = order[:top_k]
    weights = np.exp(z[kept] - z[kept[0]])
    probs = weights / weights.sum()
    cumulative = np.cumsum(probs)
    count = min(int(np.searchsorted(cumulative, top_p, side="left")) + 1, len(kept))
    kept = kept[:count]
    tempered = np.exp((z[kept] - z[kept[0]]) / temperature)
    probs = tempered / tempered.sum()
    u = np.random.default_rng(seed).random()       # the one draw
    index = int(np.searchsorted(np.cumsum(probs), u, side="right"))
    return int(kept[min(index, count - 1)])
