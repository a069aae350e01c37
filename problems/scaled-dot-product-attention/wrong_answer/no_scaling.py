# Bug: forgets to divide the scores by sqrt(d_k).
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    scores = Q @ K.T
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores -= scores.max(axis=1, keepdims=True)
    w = np.exp(scores)
    return (w / w.sum(axis=1, keepdims=True)) @ V
