# Complex numbers: pair i is the complex x_i + 1j * x_{i + d/2}, multiplied by e^{1j * angle}.
import numpy as np


def rotary_embedding(x, positions, base):
    half = x.shape[1] // 2
    theta = np.exp(-np.arange(half) * 2.0 / x.shape[1] * np.log(base))
    z = (x[:, :half] + 1j * x[:, half:]) * np.exp(1j * np.outer(positions, theta))
    return np.concatenate([z.real, z.imag], axis=1)
