# Bug: x @ W instead of x @ W.T; shapes only fit when F = E, and then the layers are wrong.
import torch.nn.functional as F


def mlp_block_forward(x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias):
    normed = F.layer_norm(x, x.shape[-1:], ln_weight, ln_bias, eps=1e-5)
    hidden = F.gelu(normed @ fc1_weight.reshape(fc1_weight.shape[1], -1) + fc1_bias)
    return x + hidden @ fc2_weight.reshape(fc2_weight.shape[1], -1) + fc2_bias
