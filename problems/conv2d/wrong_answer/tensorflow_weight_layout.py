# Bug: reads the weights as (C_in, C_out, kH, kW), swapping the input and output channel axes.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, weight, bias, stride, padding):
    x = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    windows = sliding_window_view(x, weight.shape[2:], axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("ncijab,coab->noij", windows, weight)
    return out + bias[:, None, None]
