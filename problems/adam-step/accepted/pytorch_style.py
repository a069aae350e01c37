# PyTorch's formulation: lerp for m, step size lr / bias_correction1,
# denominator sqrt(v) / sqrt(bias_correction2) + eps (the same maths, rearranged).
import math

import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m = m + (grads - m) * (1 - beta1)
    v = v * beta2 + grads * grads * (1 - beta2)
    bias_correction1 = 1 - beta1 ** t
    bias_correction2 = 1 - beta2 ** t
    denom = np.sqrt(v) / math.sqrt(bias_correction2) + eps
    return params - (lr / bias_correction1) * m / denom, m, v
