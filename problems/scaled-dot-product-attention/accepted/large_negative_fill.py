# Masked scores set to -1e9 instead of -inf (exp of it is exactly 0 here); Q pre-scaled.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask=None):
    scores = (Q / np.sqrt(K.shape[-1])) @ K.T
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    scores -= scores.max(axis=-1, keepdims=True)
    p = np.exp(scores)
    return (p / p.sum(axis=-1, keepdims=True)) @ V
