# Bug: variance as E[x^2] - E[x]^2, which cancels catastrophically for a feature far from zero
# with a tiny spread (999.0 and 999.002: the squares agree in their first 6 digits).
import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, momentum, eps):
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = (x * x).mean(axis=0) - mean ** 2
    y = (x - mean) / np.sqrt(var + eps) * gamma + beta
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    return y, new_mean, new_var
