# The whole batch at once in numpy: (user, id) keys, one np.isin, then per-user cumulative hits.
import numpy as np


def map_at_k(recommended, relevant, k):
    q = len(recommended)
    top = [ranked[:k] for ranked in recommended]
    lengths = np.array([len(t) for t in top], dtype=np.int64)
    owner = np.repeat(np.arange(q, dtype=np.int64), lengths)
    items = np.array([item for t in top for item in t], dtype=np.int64)
    rel_owner = np.repeat(np.arange(q, dtype=np.int64), [len(a) for a in relevant])
    rel_items = np.array([item for a in relevant for item in a], dtype=np.int64)
    stride = 10**9 + 1
    hit = np.isin(owner * stride + items, rel_owner * stride + rel_items).astype(np.int64)

    starts = np.cumsum(lengths) - lengths  # where each user's segment begins
    running = np.cumsum(hit)
    before = np.r_[0, running][starts]  # hits of earlier users
    hits_so_far = running - np.repeat(before, lengths)
    rank = np.arange(len(hit)) - np.repeat(starts, lengths) + 1
    sums = np.bincount(owner, weights=hit * hits_so_far / rank, minlength=q)

    denominators = np.minimum(k, np.array([len(a) for a in relevant]))
    ap = np.divide(sums, denominators, out=np.zeros(q), where=denominators > 0)
    return float(ap.mean())
