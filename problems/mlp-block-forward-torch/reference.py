# The reference runs on the host in numpy (the host has no torch): every tensor arrives as a
# float32 array; the block is computed in float64, GELU by math.erf (vectorised).
import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[np.float64])


def mlp_block_forward(x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias):
    x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias = (
        np.asarray(a, dtype=np.float64) for a in (x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias))
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    normed = (x - mean) / np.sqrt(variance + 1e-5) * ln_weight + ln_bias
    hidden = normed @ fc1_weight.T + fc1_bias
    hidden = 0.5 * hidden * (1.0 + _erf(hidden / math.sqrt(2.0)))
    return x + hidden @ fc2_weight.T + fc2_bias
