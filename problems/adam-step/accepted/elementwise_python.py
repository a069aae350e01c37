# Plain Python, one parameter at a time, on flattened lists.
import math

import numpy as np


def adam_step(params, grads, m, v, t, lr, beta1, beta2, eps):
    c1, c2 = 1 - beta1 ** t, 1 - beta2 ** t
    new_p, new_m, new_v = [], [], []
    for p, g, mi, vi in zip(params.ravel().tolist(), grads.ravel().tolist(), m.ravel().tolist(), v.ravel().tolist()):
        mi = beta1 * mi + (1 - beta1) * g
        vi = beta2 * vi + (1 - beta2) * g * g
        new_p.append(p - lr * (mi / c1) / (math.sqrt(vi / c2) + eps))
        new_m.append(mi)
        new_v.append(vi)
    shape = params.shape
    return np.reshape(new_p, shape), np.reshape(new_m, shape), np.reshape(new_v, shape)
