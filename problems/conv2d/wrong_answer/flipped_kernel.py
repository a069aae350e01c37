# Bug: flips the kernel (a true mathematical convolution), unlike conv2d in deep learning frameworks.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, weight, bias, stride, padding):
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    weight = weight[:, :, ::-1, ::-1]
    windows = sliding_window_view(x, weight.shape[2:], axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("ncijab,ocab->noij", windows, weight)
    return out + bias[:, None, None]
