# Bug: scores scaled by 1 / sqrt(E) instead of 1 / sqrt(d), the head's width.
import math

import torch


def kv_cache_decode(prompt, new_tokens, w_q, w_k, w_v, w_o, num_heads):
    tokens = torch.cat([prompt, new_tokens])
    total, embed = tokens.shape
    q, k, v = ((tokens @ w.T).view(total, num_heads, -1).transpose(0, 1) for w in (w_q, w_k, w_v))
    scores = q @ k.transpose(1, 2) / math.sqrt(embed)
    scores = scores.masked_fill(torch.triu(torch.ones(total, total, dtype=torch.bool), 1), float("-inf"))
    out = (torch.softmax(scores, -1) @ v).transpose(0, 1).reshape(total, embed)
    return out @ w_o.T, k, v
