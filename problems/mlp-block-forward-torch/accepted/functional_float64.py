# Another formulation: by hand in float64, GELU through the normal CDF.
import math

import torch


def mlp_block_forward(x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias):
    x64 = x.double()
    mean = x64.mean(-1, keepdim=True)
    variance = x64.var(-1, unbiased=False, keepdim=True)
    normed = (x64 - mean) / torch.sqrt(variance + 1e-5) * ln_weight.double() + ln_bias.double()
    hidden = normed @ fc1_weight.double().T + fc1_bias.double()
    hidden = hidden * 0.5 * (1 + torch.erf(hidden / math.sqrt(2)))
    return (x64 + hidden @ fc2_weight.double().T + fc2_bias.double()).float()
