import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    scores = (Q @ K.T) / np.sqrt(Q.shape[1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=1, keepdims=True)  # finite: no row is fully masked
    weights = np.exp(scores)
    weights /= weights.sum(axis=1, keepdims=True)
    return weights @ V
