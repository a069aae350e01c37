import numpy as np


def weighted_sample_without_replacement(weights, k, seed):
    """Efraimidis-Spirakis: key_i = u_i^(1/w_i), compared through log(key_i) = log(u_i) / w_i
    (u^(1/w) underflows to 0 for small weights); the k largest keys, largest first."""
    w = np.asarray(weights, dtype=np.float64)
    u = np.random.default_rng(seed).random(len(w))
    with np.errstate(divide="ignore"):
        log_keys = np.where(w > 0, np.log(u) / np.where(w > 0, w, 1.0), -np.inf)
    top = np.argpartition(-log_keys, k - 1)[:k]
    return top[np.argsort(-log_keys[top], kind="stable")].astype(np.int64)
