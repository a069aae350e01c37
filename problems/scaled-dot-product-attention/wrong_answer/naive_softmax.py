# Bug: exponentiates the raw scores, so large scores overflow to inf and give nan.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    w = np.exp(scores)
    if mask is not None:
        w = w * mask
    return (w / w.sum(axis=1, keepdims=True)) @ V
