# Seven nested Python loops, one multiply-add at a time, indexing the arrays the way one indexes nested lists:
# O(N C_out H_out W_out C_in kH kW) interpreted steps, each making a view per index.
import numpy as np


def conv2d(x, weight, bias, stride, padding):
    n, c_in, h, w = x.shape
    c_out, _, k_h, k_w = weight.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    h_out = (h + 2 * padding - k_h) // stride + 1
    w_out = (w + 2 * padding - k_w) // stride + 1
    out = np.zeros((n, c_out, h_out, w_out))
    for b in range(n):
        for o in range(c_out):
            for i in range(h_out):
                for j in range(w_out):
                    total = bias[o]
                    for c in range(c_in):
                        for a in range(k_h):
                            for d in range(k_w):
                                total += weight[o][c][a][d] * xp[b][c][i * stride + a][j * stride + d]
                    out[b][o][i][j] = total
    return out
