# Bug: a decoded token attends to the cache before its own k and v are appended, so it
# never sees itself.
import math

import torch


def _heads(t, num_heads):
    return t.view(t.shape[0], num_heads, -1).transpose(0, 1)


def _attend(q, k, v, mask=None):
    scores = q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores.masked_fill(mask, float("-inf"))
    return (torch.softmax(scores, dim=-1) @ v).transpose(0, 1).reshape(q.shape[1], -1)


def kv_cache_decode(prompt, new_tokens, w_q, w_k, w_v, w_o, num_heads):
    length = prompt.shape[0]
    q, k_cache, v_cache = (_heads(prompt @ w.T, num_heads) for w in (w_q, w_k, w_v))
    future = torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1)
    outputs = [_attend(q, k_cache, v_cache, future) @ w_o.T]
    for token in new_tokens:
        q, k, v = (_heads(token.unsqueeze(0) @ w.T, num_heads) for w in (w_q, w_k, w_v))
        outputs.append(_attend(q, k_cache, v_cache) @ w_o.T)
        k_cache, v_cache = torch.cat([k_cache, k], 1), torch.cat([v_cache, v], 1)
    return torch.cat(outputs), k_cache, v_cache
