# Bug: the original Transformer's post-norm order: LayerNorm applied after the residual sum.
import torch.nn.functional as F


def mlp_block_forward(x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias):
    hidden = F.gelu(x @ fc1_weight.T + fc1_bias)
    return F.layer_norm(x + hidden @ fc2_weight.T + fc2_bias, x.shape[-1:], ln_weight, ln_bias, eps=1e-5)
