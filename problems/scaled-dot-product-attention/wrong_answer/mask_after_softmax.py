# Bug: zeroes the masked weights after the softmax without renormalising the row.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    w = np.exp(scores - scores.max(axis=1, keepdims=True))
    w /= w.sum(axis=1, keepdims=True)
    if mask is not None:
        w = w * mask
    return w @ V
