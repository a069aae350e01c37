# Bug: heads split the wrong way: view(B, T, d, H), so head h takes every H-th feature
# instead of a contiguous block of d.
import math

import torch


def masked_multi_head_attention(x, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias, num_heads,
                                key_padding_mask, causal):
    batch, length, embed = x.shape
    head = embed // num_heads
    q, k, v = (x @ in_proj_weight.T + in_proj_bias).chunk(3, dim=-1)
    q, k, v = (t.view(batch, length, head, num_heads).permute(0, 3, 1, 2) for t in (q, k, v))
    scores = q @ k.transpose(-2, -1) / math.sqrt(head)
    blocked = key_padding_mask[:, None, None, :]
    if causal:
        blocked = blocked | torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1)
    weights = torch.nan_to_num(torch.softmax(scores.masked_fill(blocked, float("-inf")), dim=-1), nan=0.0)
    heads = (weights @ v).permute(0, 2, 3, 1).reshape(batch, length, embed)
    return heads @ out_proj_weight.T + out_proj_bias
