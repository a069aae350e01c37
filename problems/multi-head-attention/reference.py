import numpy as np


def multi_head_attention(X, W_q, W_k, W_v, W_o, num_heads):
    batch, seq_len, d_model = X.shape
    d_head = d_model // num_heads

    def split(W):  # (batch, seq, d_model) -> (batch, heads, seq, d_head)
        return (X @ W).reshape(batch, seq_len, num_heads, d_head).transpose(0, 2, 1, 3)

    Q, K, V = split(W_q), split(W_k), split(W_v)
    scores = Q @ K.transpose(0, 1, 3, 2) / np.sqrt(d_head)
    scores -= scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = weights @ V  # (batch, heads, seq, d_head)
    concat = heads.transpose(0, 2, 1, 3).reshape(batch, seq_len, d_model)
    return concat @ W_o
