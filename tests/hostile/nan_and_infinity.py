# attack: NaN and infinity where floats are compared
# problem: softmax
# expect: WA
# local: WA
import numpy as np


def softmax(logits):
    out = np.full(logits.shape, np.nan)
    out[..., 0] = np.inf
    return out
