# The reference runs on the host in numpy (the host has no torch): logits arrive as a
# float32 array, target as int64; the loss is computed in float64.
import numpy as np


def label_smoothed_cross_entropy(logits, target, smoothing, ignore_index):
    logits = np.asarray(logits, dtype=np.float64)
    target = np.asarray(target)
    kept = target != ignore_index
    if not kept.any():
        return float("nan")
    z = logits[kept]
    shifted = z - z.max(axis=1, keepdims=True)
    logp = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    nll = -logp[np.arange(len(z)), target[kept]]
    uniform = -logp.mean(axis=1)
    return float(np.mean((1 - smoothing) * nll + smoothing * uniform))
