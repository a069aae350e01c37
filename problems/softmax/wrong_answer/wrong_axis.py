# Bug: normalises over the batch (axis 0) instead of over the classes.
import numpy as np


def softmax(logits):
    x = np.asarray(logits)
    e = np.exp(x - x.max(axis=0, keepdims=True))
    return e / e.sum(axis=0, keepdims=True)
