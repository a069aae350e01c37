# np.argpartition for the top k, then a lexsort of those k (logit desc, id asc), and the draw
# through Generator.choice, which makes one rng.random() call against the cumulative sum.
import numpy as np


def sample_token(logits, temperature, top_k, top_p, seed):
    z = logits / temperature
    if top_k < len(z):
        threshold = np.partition(z, len(z) - top_k)[len(z) - top_k]
        candidates = np.flatnonzero(z >= threshold)   # all ties of the k-th value
    else:
        candidates = np.arange(len(z))
    candidates = candidates[np.lexsort((candidates, -z[candidates]))][:top_k]
    shifted = z[candidates] - z[candidates].max()
    probs = np.exp(shifted) / np.exp(shifted).sum()
    keep = 1
    total = probs[0]
    while keep < len(probs) and total < top_p:
        total += probs[keep]
        keep += 1
    tokens = candidates[:keep]
    rng = np.random.default_rng(seed)
    return int(rng.choice(tokens, p=probs[:keep] / probs[:keep].sum()))
