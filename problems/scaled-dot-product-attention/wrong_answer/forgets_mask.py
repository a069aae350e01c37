# Bug: ignores the mask, so every query attends to every key.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    scores -= scores.max(axis=1, keepdims=True)
    w = np.exp(scores)
    return (w / w.sum(axis=1, keepdims=True)) @ V
