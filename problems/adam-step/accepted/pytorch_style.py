# PyTorch's formulation: lerp for m, step size lr / bias_correction1,
# denominator sqrt(v) / sqrt(bias_correction2) + eps (the same maths, rearranged).
# The lerp is torch.lerp's: start + w * (end - start) for w < 0.5, else
# end - (end - start) * (1 - w), so it is exact at w = 1 (beta1 = 0). The one-sided
# m + (g - m) * (1 - beta1) loses every digit of a tiny g next to a large m there.
import math

import numpy as np


def _lerp(start, end, weight):
    if abs(weight) < 0.5:
        return start + weight * (end - start)
    return end - (end - start) * (1 - weight)


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m = _lerp(m, grads, 1 - beta1)
    v = v * beta2 + grads * grads * (1 - beta2)
    bias_correction1 = 1 - beta1 ** t
    bias_correction2 = 1 - beta2 ** t
    denom = np.sqrt(v) / math.sqrt(bias_correction2) + eps
    return params - (lr / bias_correction1) * m / denom, m, v
