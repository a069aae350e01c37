# O(k * V): the top k found by k scans for the largest remaining logit.
import math

import numpy as np


def sample_token(logits, temperature, top_k, top_p, seed):
    scaled = [x / temperature for x in logits.tolist()]
    taken = [False] * len(scaled)
    ranked = []
    for _ in range(top_k):
        best = -1
        for i, value in enumerate(scaled):
            if not taken[i] and (best < 0 or value > scaled[best]):
                best = i
        taken[best] = True
        ranked.append(best)
    top = scaled[ranked[0]]
    weights = [math.exp(scaled[i] - top) for i in ranked]
    total = sum(weights)
    kept, running = [], 0.0
    for token, w in zip(ranked, weights):
        kept.append((token, w / total))
        running += w / total
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
