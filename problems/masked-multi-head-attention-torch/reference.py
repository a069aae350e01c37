# The reference runs on the host in numpy (the host has no torch): tensors arrive as float32
# (and bool) arrays; the attention is computed in float64.
import numpy as np


def masked_multi_head_attention(x, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias, num_heads,
                                key_padding_mask, causal):
    x = np.asarray(x, dtype=np.float64)
    batch, length, embed = x.shape
    head = embed // num_heads
    projected = x @ np.asarray(in_proj_weight, dtype=np.float64).T + np.asarray(in_proj_bias, dtype=np.float64)
    q, k, v = (projected[..., i * embed:(i + 1) * embed].reshape(batch, length, num_heads, head).transpose(0, 2, 1, 3)
               for i in range(3))
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(head)
    blocked = np.asarray(key_padding_mask, dtype=bool)[:, None, None, :]
    if causal:
        blocked = blocked | np.triu(np.ones((length, length), dtype=bool), k=1)[None, None]
    blocked = np.broadcast_to(blocked, scores.shape)
    scores = np.where(blocked, -np.inf, scores)
    seen = ~blocked.all(axis=-1, keepdims=True)
    top = np.where(seen, scores.max(axis=-1, keepdims=True), 0.0)
    weights = np.where(blocked, 0.0, np.exp(scores - top))
    weights = weights / np.where(seen, weights.sum(axis=-1, keepdims=True), 1.0)
    heads = (weights @ v).transpose(0, 2, 1, 3).reshape(batch, length, embed)
    return heads @ np.asarray(out_proj_weight, dtype=np.float64).T + np.asarray(out_proj_bias, dtype=np.float64)
