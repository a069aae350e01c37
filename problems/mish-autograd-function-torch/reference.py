# The reference runs on the host in numpy (the host has no torch): x and grad_output arrive as
# float64 arrays. The derivative is written out; tests/test_ml_cross_checks_torch.py checks it
# against central finite differences of the forward pass.
import numpy as np


def _softplus(x):
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _sigmoid(x):
    positive = x >= 0
    z = np.exp(-np.abs(x))
    return np.where(positive, 1.0 / (1.0 + z), z / (1.0 + z))


def mish(x):
    return np.asarray(x, dtype=np.float64) * np.tanh(_softplus(np.asarray(x, dtype=np.float64)))


def mish_derivative(x):
    x = np.asarray(x, dtype=np.float64)
    t = np.tanh(_softplus(x))
    return t + x * (1.0 - t * t) * _sigmoid(x)


def mish_forward_backward(x, grad_output):
    return mish(x), np.asarray(grad_output, dtype=np.float64) * mish_derivative(x)
