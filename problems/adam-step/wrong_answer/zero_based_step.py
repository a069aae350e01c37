# Bug: treats t as 0-based and corrects with t + 1, so every step is under-corrected.
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * grads
    v = beta2 * v + (1 - beta2) * grads ** 2
    m_hat, v_hat = m / (1 - beta1 ** (t + 1)), v / (1 - beta2 ** (t + 1))
    return params - lr * m_hat / (np.sqrt(v_hat) + eps), m, v
