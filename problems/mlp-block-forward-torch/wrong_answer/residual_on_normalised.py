# Bug: the residual adds the normalised input instead of the block's input.
import torch.nn.functional as F


def mlp_block_forward(x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias):
    normed = F.layer_norm(x, x.shape[-1:], ln_weight, ln_bias, eps=1e-5)
    hidden = F.gelu(normed @ fc1_weight.T + fc1_bias)
    return normed + hidden @ fc2_weight.T + fc2_bias
