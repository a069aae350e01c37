# Bug: softmax over the queries (axis 0) instead of over the keys.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores -= scores.max(axis=0, keepdims=True)
    w = np.exp(scores)
    return (w / w.sum(axis=0, keepdims=True)) @ V
