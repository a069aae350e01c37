# By hand: one projection, heads by view/transpose, a (B, 1, T, T) blocked mask, softmax with
# -inf, and the weights of queries that see nothing set to zero.
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
    scores = scores.masked_fill(blocked, float("-inf"))
    weights = torch.softmax(scores, dim=-1)
    weights = torch.where(blocked.expand_as(weights).all(-1, keepdim=True), torch.zeros_like(weights), weights)
    heads = (weights @ v).transpose(1, 2).reshape(batch, length, embed)
    return heads @ out_proj_weight.T + out_proj_bias
