# Bug: subtracts the row maximum before masking, so when the maximum is masked out the
# allowed keys underflow to 0 and the row becomes 0/0.
import numpy as np


def scaled_dot_product_attention(Q, K, V, mask):
    scores = Q @ K.T / np.sqrt(Q.shape[1])
    w = np.exp(scores - scores.max(axis=1, keepdims=True))
    if mask is not None:
        w = np.where(mask, w, 0.0)
    return (w / w.sum(axis=1, keepdims=True)) @ V
