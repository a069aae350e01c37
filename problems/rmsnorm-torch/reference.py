# The reference runs on the host, in numpy (the host has no torch): x and weight arrive as
# float32 numpy arrays, and the answer is computed in float64 from them.
import numpy as np


def rms_norm(x, weight, eps):
    x = np.asarray(x, dtype=np.float64)
    mean_square = np.mean(x * x, axis=-1, keepdims=True)
    return x / np.sqrt(mean_square + eps) * np.asarray(weight, dtype=np.float64)
