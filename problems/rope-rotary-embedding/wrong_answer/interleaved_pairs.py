# Bug: pairs adjacent coordinates (2i, 2i + 1), the interleaved (GPT-J, Meta LLaMA) convention.
import numpy as np


def rotary_embedding(x, positions, base):
    x = np.asarray(x, dtype=np.float64)
    half = x.shape[1] // 2
    inv_freq = 1.0 / base ** (np.arange(half) * 2.0 / x.shape[1])   # theta_i = base^(-2i/d)
    angles = np.asarray(positions, dtype=np.float64)[:, None] * inv_freq[None, :]
    cos, sin = np.cos(angles), np.sin(angles)
    first, second = x[:, 0::2], x[:, 1::2]
    out = np.empty_like(x)
    out[:, 0::2] = first * cos - second * sin
    out[:, 1::2] = second * cos + first * sin
    return out
