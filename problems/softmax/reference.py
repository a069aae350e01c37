import numpy as np


def softmax(logits):
    x = np.asarray(logits, dtype=np.float64)
    shifted = np.exp(x - x.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)
