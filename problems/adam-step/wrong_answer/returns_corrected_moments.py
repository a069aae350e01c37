# Bug: returns the bias-corrected m_hat and v_hat as the state, so the next step corrects them twice.
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * grads
    v = beta2 * v + (1 - beta2) * grads ** 2
    m /= 1 - beta1 ** t
    v /= 1 - beta2 ** t
    return params - lr * m / (np.sqrt(v) + eps), m, v
