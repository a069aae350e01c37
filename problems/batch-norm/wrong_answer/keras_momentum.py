# Bug: Keras's momentum convention, momentum * running + (1 - momentum) * batch.
import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, momentum, eps):
    mean, var = x.mean(axis=0), x.var(axis=0)
    y = (x - mean) / np.sqrt(var + eps) * gamma + beta
    unbiased = x.var(axis=0, ddof=1)
    return y, momentum * running_mean + (1 - momentum) * mean, momentum * running_var + (1 - momentum) * unbiased
