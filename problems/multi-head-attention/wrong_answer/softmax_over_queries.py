# Bug: the softmax normalises over the queries (axis -2) instead of over the keys.
import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, num_heads):
    B, S, D = X.shape
    d = D // num_heads
    Q, K, V = ((X @ W).reshape(B, S, num_heads, d).transpose(0, 2, 1, 3) for W in (W_q, W_k, W_v))
    s = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d)
    w = np.exp(s - s.max(axis=-2, keepdims=True))
    w /= w.sum(axis=-2, keepdims=True)
    return (w @ V).transpose(0, 2, 1, 3).reshape(B, S, D) @ W_o
