# Bug: updates the running variance with the biased batch variance instead of the unbiased one.
import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, momentum, eps):
    mean, var = x.mean(axis=0), x.var(axis=0)
    y = (x - mean) / np.sqrt(var + eps) * gamma + beta
    return y, (1 - momentum) * running_mean + momentum * mean, (1 - momentum) * running_var + momentum * var
