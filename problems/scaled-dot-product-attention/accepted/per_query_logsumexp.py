# One query at a time: keep only the allowed keys, weights via log-sum-exp.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    d_k = Q.shape[1]
    out = np.empty((Q.shape[0], V.shape[1]))
    for i, q in enumerate(Q):
        keep = np.ones(K.shape[0], dtype=bool) if mask is None else mask[i]
        s = K[keep] @ q / np.sqrt(d_k)
        m = s.max()
        lse = m + np.log(np.exp(s - m).sum())
        out[i] = np.exp(s - lse) @ V[keep]
    return out
