# Hugging Face's formulation: cos and sin tables duplicated over both halves, and rotate_half.
import numpy as np


def _rotate_half(x):
    half = x.shape[-1] // 2
    return np.concatenate([-x[:, half:], x[:, :half]], axis=-1)


def rotary_embedding(x, positions, base):
    d = x.shape[1]
    inv_freq = 1.0 / (base ** (np.arange(0, d, 2, dtype=np.float64) / d))
    freqs = np.outer(positions.astype(np.float64), inv_freq)
    emb = np.concatenate([freqs, freqs], axis=-1)
    return x * np.cos(emb) + _rotate_half(x) * np.sin(emb)
