# A cache preallocated to P + S positions and filled in place, as inference servers keep one;
# each step attends over the filled prefix only.
import math

import torch


def kv_cache_decode(prompt, new_tokens, w_q, w_k, w_v, w_o, num_heads):
    tokens = torch.cat([prompt, new_tokens])
    total, embed = tokens.shape
    head = embed // num_heads
    k_cache = torch.zeros(num_heads, total, head)
    v_cache = torch.zeros(num_heads, total, head)
    outputs = torch.zeros(total, embed)
    filled = 0

    def step(block):
        nonlocal filled
        count = block.shape[0]
        q = (block @ w_q.T).view(count, num_heads, head).transpose(0, 1)
        k_cache[:, filled:filled + count] = (block @ w_k.T).view(count, num_heads, head).transpose(0, 1)
        v_cache[:, filled:filled + count] = (block @ w_v.T).view(count, num_heads, head).transpose(0, 1)
        keys, values = k_cache[:, :filled + count], v_cache[:, :filled + count]
        scores = q @ keys.transpose(1, 2) / math.sqrt(head)
        positions = torch.arange(filled, filled + count)
        scores = scores.masked_fill(torch.arange(filled + count)[None, :] > positions[:, None], float("-inf"))
        out = (torch.softmax(scores, -1) @ values).transpose(0, 1).reshape(count, embed)
        outputs[filled:filled + count] = out @ w_o.T
        filled += count

    step(prompt)
    for index in range(new_tokens.shape[0]):
        step(new_tokens[index:index + 1])
    return outputs, k_cache, v_cache
