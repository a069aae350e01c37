# Bug: x - x*y + log(1 + exp(-x)) is exact algebra but exp(-x) overflows for very negative logits.
import numpy as np


def bce_with_logits(logits, targets):
    return float(np.mean(logits - logits * targets + np.log(1 + np.exp(-logits))))
