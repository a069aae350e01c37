# PyTorch's own nn.MultiheadAttention given the weights (the library cross-check), its NaN
# rows (queries that see no key) replaced by the output bias, as the statement defines them.
import torch
import torch.nn as nn


def masked_multi_head_attention(x, in_proj_weight, in_proj_bias, out_proj_weight, out_proj_bias, num_heads,
                                key_padding_mask, causal):
    batch, length, embed = x.shape
    attention = nn.MultiheadAttention(embed, num_heads, batch_first=True)
    with torch.no_grad():
        attention.in_proj_weight.copy_(in_proj_weight)
        attention.in_proj_bias.copy_(in_proj_bias)
        attention.out_proj.weight.copy_(out_proj_weight)
        attention.out_proj.bias.copy_(out_proj_bias)
    attention.eval()
    future = torch.triu(torch.ones(length, length, dtype=torch.bool), diagonal=1) if causal else None
    with torch.no_grad():
        out, _ = attention(x, x, x, key_padding_mask=key_padding_mask, attn_mask=future, need_weights=False)
    blocked = key_padding_mask[:, None, :].expand(batch, length, length)
    if causal:
        blocked = blocked | future
    sees_nothing = blocked.all(-1, keepdim=True)
    return torch.where(sees_nothing, out_proj_bias.expand_as(out), out)
