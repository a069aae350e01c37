# Bug: masked scores filled with -1e9: a query that sees no key averages over every key,
# padding included, instead of attending to nothing.
import math

import torch


def masked_multi_head_attention(x, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias, num_heads,
                                key_padding_mask, causal):
    batch, length, embed = x.shape
    head = embed // num_heads
    q, k, v = (x @ in_proj_weight.T + in_proj_bias).chunk(3, dim=-1)
    q, k, v = (t.view(batch, length, num_heads, head).transpose(1, 2) for t in (q, k, v))
    scores = q @ k.transpose(-2, -1) / math.sqrt(head)
    blocked = key_padding_mask[:, None, None, :]
    if causal:
        blocked = blocked | torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1)
    weights = torch.softmax(scores.masked_fill(blocked, -1e9), dim=-1)
    return (weights @ v).transpose(1, 2).reshape(batch, length, embed) @ out_proj_weight.T + out_proj_bias
