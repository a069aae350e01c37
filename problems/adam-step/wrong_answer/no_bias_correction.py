# Bug: no bias correction, so the first steps are far too small (m and v start at zero).
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * grads
    v = beta2 * v + (1 - beta2) * grads ** 2
    return params - lr * m / (np.sqrt(v) + eps), m, v
