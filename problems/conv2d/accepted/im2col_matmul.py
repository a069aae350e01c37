# Classic im2col: gather every window into a column matrix, then one matrix product.
import numpy as np


def conv2d(x, weight, bias, stride, padding):
    n, c_in, h, w = x.shape
    c_out, _, k_h, k_w = weight.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    h_out = (h + 2 * padding - k_h) // stride + 1
    w_out = (w + 2 * padding - k_w) // stride + 1
    i = (np.arange(k_h)[:, None] + stride * np.arange(h_out)[None, :])  # (k_h, h_out)
    j = (np.arange(k_w)[:, None] + stride * np.arange(w_out)[None, :])  # (k_w, w_out)
    cols = xp[:, :, i[:, None, :, None], j[None, :, None, :]]  # (n, c_in, k_h, k_w, h_out, w_out)
    cols = cols.reshape(n, c_in * k_h * k_w, h_out * w_out)
    out = weight.reshape(c_out, -1) @ cols  # (n, c_out, h_out * w_out)
    return out.reshape(n, c_out, h_out, w_out) + bias[:, None, None]
