# Bug: softmax without subtracting the maximum: at temperature 0.005 np.exp overflows to inf and the probabilities are nan.
import numpy as np


def sample_token(logits, temperature, top_k, top_p, seed):
    z = logits / temperature
    order = np.argsort(-z, kind="stable")[:top_k]
    with np.errstate(over="ignore", invalid="ignore"):
        weights = np.exp(z[order])
        probs = weights / weights.sum()
    cumulative = np.cumsum(probs)
    count = min(int(np.searchsorted(cumulative, top_p, side="left")) + 1, len(order))
    kept, probs = order[:count], probs[:count] / probs[:count].sum()
    u = np.random.default_rng(seed).random()
    return int(kept[min(int(np.searchsorted(np.cumsum(probs), u, side="right")), count - 1)])
