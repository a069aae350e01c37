# Bug: LayerNorm by hand with torch.var's default, the unbiased variance (divide by E - 1).
import torch
import torch.nn.functional as F


def mlp_block_forward(x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias):
    mean = x.mean(-1, keepdim=True)
    normed = (x - mean) / torch.sqrt(x.var(-1, keepdim=True) + 1e-5) * ln_weight + ln_bias
    hidden = F.gelu(normed @ fc1_weight.T + fc1_bias)
    return x + hidden @ fc2_weight.T + fc2_bias
