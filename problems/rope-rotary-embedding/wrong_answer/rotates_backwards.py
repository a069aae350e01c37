# Bug: rotate_half as concat(x2, -x1), so every pair turns the other way.
import numpy as np


def rotary_embedding(x, positions, base):
    x = np.asarray(x, dtype=np.float64)
    half = x.shape[1] // 2
    inv_freq = 1.0 / base ** (np.arange(half) * 2.0 / x.shape[1])   # theta_i = base^(-2i/d)
    angles = np.asarray(positions, dtype=np.float64)[:, None] * inv_freq[None, :]
    cos, sin = np.cos(angles), np.sin(angles)
    first, second = x[:, :half], x[:, half:]
    # Half-split pairs (i, i + d/2), as GPT-NeoX and Hugging Face's LLaMA (rotate_half) pair them.
    return np.concatenate([first * cos + second * sin, second * cos - first * sin], axis=1)
