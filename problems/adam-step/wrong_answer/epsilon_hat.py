# Bug: the "efficient" form, lr_t = lr * sqrt(1 - beta2^t) / (1 - beta1^t) and eps added to
# sqrt(v) before the correction, as TensorFlow does; the problem asks for eps on sqrt(v_hat).
import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    m = beta1 * m + (1 - beta1) * grads
    v = beta2 * v + (1 - beta2) * grads ** 2
    lr_t = lr * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
    return params - lr_t * m / (np.sqrt(v) + eps), m, v
