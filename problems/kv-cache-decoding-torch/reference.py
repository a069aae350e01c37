# The reference runs on the host in numpy (the host has no torch): tensors arrive as float32
# arrays. It computes full causal attention over prompt + new tokens in float64, which is
# what decoding with a correct cache must equal.
import numpy as np


def kv_cache_decode(prompt, new_tokens, w_q, w_k, w_v, w_o, num_heads):
    tokens = np.concatenate([np.asarray(prompt, dtype=np.float64), np.asarray(new_tokens, dtype=np.float64)])
    length, embed = tokens.shape
    head = embed // num_heads
    q, k, v = (tokens @ np.asarray(w, dtype=np.float64).T for w in (w_q, w_k, w_v))
    q, k, v = (t.reshape(length, num_heads, head).transpose(1, 0, 2) for t in (q, k, v))
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(head)
    scores = np.where(np.triu(np.ones((length, length), dtype=bool), k=1), -np.inf, scores)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    heads = (weights @ v).transpose(1, 0, 2).reshape(length, embed)
    return heads @ np.asarray(w_o, dtype=np.float64).T, k, v
