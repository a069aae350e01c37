# attack: return ints past a float's range, in the answer's shape, where numbers are compared within a tolerance
# problem: softmax
# expect: WA
# local: WA
import numpy as np


def softmax(logits):
    def filled(shape):
        return [10**400] * shape[0] if len(shape) == 1 else [filled(shape[1:]) for _ in range(shape[0])]

    return filled(np.shape(logits))
