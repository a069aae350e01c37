# Bug: drops keepdims, so the row statistics broadcast along the wrong axis (or fail to).
import numpy as np


def layer_norm(x, gamma, beta, eps):
    mean = x.mean(axis=-1)
    var = x.var(axis=-1)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta
