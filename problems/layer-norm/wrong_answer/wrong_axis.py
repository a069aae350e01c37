# Bug: normalises over the first axis (across the batch, like batch norm) instead of the last.
import numpy as np


def layer_norm(x, gamma, beta, eps):
    mean = x.mean(axis=0, keepdims=True)
    var = x.var(axis=0, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta
