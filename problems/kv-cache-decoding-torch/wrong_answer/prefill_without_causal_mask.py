# Bug: the prefill attends over the whole prompt unmasked, so prompt tokens see the future
# prompt tokens (the decode steps are right).
import math

import torch


def _heads(t, num_heads):
    return t.view(t.shape[0], num_heads, -1).transpose(0, 1)


def _attend(q, k, v):
    weights = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(q.shape[-1]), dim=-1)
    return (weights @ v).transpose(0, 1).reshape(q.shape[1], -1)


def kv_cache_decode(prompt, new_tokens, w_q, w_k, w_v, w_o, num_heads):
    q, k_cache, v_cache = (_heads(prompt @ w.T, num_heads) for w in (w_q, w_k, w_v))
    outputs = [_attend(q, k_cache, v_cache) @ w_o.T]
    for token in new_tokens:
        q, k, v = (_heads(token.unsqueeze(0) @ w.T, num_heads) for w in (w_q, w_k, w_v))
        k_cache, v_cache = torch.cat([k_cache, k], 1), torch.cat([v_cache, v], 1)
        outputs.append(_attend(q, k_cache, v_cache) @ w_o.T)
    return torch.cat(outputs), k_cache, v_cache
