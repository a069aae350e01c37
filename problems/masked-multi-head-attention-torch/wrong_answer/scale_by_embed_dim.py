# Bug: scores scaled by 1 / sqrt(E), the model's width, not 1 / sqrt(E / H), the head's.
import math

import torch


def masked_multi_head_attention(x, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias, num_heads,
                                key_padding_mask, causal):
    batch, length, embed = x.shape
    head = embed // num_heads
    q, k, v = (x @ in_proj_weight.T + in_proj_bias).chunk(3, dim=-1)
    q, k, v = (t.view(batch, length, num_heads, head).transpose(1, 2) for t in (q, k, v))
    scores = q @ k.transpose(-2, -1) / math.sqrt(embed)
    blocked = key_padding_mask[:, None, None, :]
    if causal:
        blocked = blocked | torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1)
    weights = torch.softmax(scores.masked_fill(blocked, float("-inf")), dim=-1)
    weights = torch.nan_to_num(weights, nan=0.0)
    return (weights @ v).transpose(1, 2).reshape(batch, length, embed) @ out_proj_weight.T + out_proj_bias
