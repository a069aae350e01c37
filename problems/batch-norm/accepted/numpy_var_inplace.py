# np.var with ddof=0 and ddof=1; updates the running buffers in place, like nn.BatchNorm1d.
import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, momentum, eps):
    mean, var = x.mean(axis=0), x.var(axis=0)
    running_mean *= 1 - momentum
    running_mean += momentum * mean
    running_var *= 1 - momentum
    running_var += momentum * x.var(axis=0, ddof=1)
    return gamma * (x - mean) / np.sqrt(var + eps) + beta, running_mean, running_var
