# Pure Python: sorted() on (-logit, id) pairs, math.exp, an explicit walk for top-p and the draw.
import math

import numpy as np


def sample_token(logits, temperature, top_k, top_p, seed):
    scaled = [x / temperature for x in logits.tolist()]
    ranked = sorted(range(len(scaled)), key=lambda i: (-scaled[i], i))[:top_k]
    top = scaled[ranked[0]]
    weights = [math.exp(scaled[i] - top) for i in ranked]
    total = sum(weights)
    probs = [w / total for w in weights]
    kept, running = [], 0.0
    for token, p in zip(ranked, probs):
        kept.append((token, p))
        running += p
        if running >= top_p:
            break
    mass = sum(p for _, p in kept)
    u = np.random.default_rng(seed).random()
    cumulative = 0.0
    for token, p in kept:
        cumulative += p / mass
        if cumulative > u:
            return token
    return kept[-1][0]
