import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, momentum, eps):
    n = x.shape[0]
    mean = x.mean(axis=0)
    var = ((x - mean) ** 2).mean(axis=0)  # biased: used to normalise
    y = (x - mean) / np.sqrt(var + eps) * gamma + beta
    unbiased = var * n / (n - 1)  # used for the running estimate, as PyTorch does
    new_mean = (1 - momentum) * running_mean + momentum * mean
    new_var = (1 - momentum) * running_var + momentum * unbiased
    return y, new_mean, new_var
