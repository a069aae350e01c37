# Bug: no max subtraction, so exp overflows to inf and the rows become nan.
import numpy as np


def softmax(logits):
    e = np.exp(np.asarray(logits))
    return e / e.sum(axis=1, keepdims=True)
