# Bug: puts all 2 * padding zeros after the image (bottom/right) instead of padding each side.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, weight, bias, stride, padding):
    x = np.pad(x, ((0, 0), (0, 0), (0, 2 * padding), (0, 2 * padding)))
    windows = sliding_window_view(x, weight.shape[2:], axis=(2, 3))[:, :, ::stride, ::stride]
    out = np.einsum("ncijab,ocab->noij", windows, weight)
    return out + bias[:, None, None]
