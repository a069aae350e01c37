# O(n^2): after every pooling, search for the next violation from the first block again.
import numpy as np


def isotonic_regression(y, weights):
    blocks = [[v * w, w, 1] for v, w in zip(y.tolist(), weights.tolist())]
    while True:
        for i in range(len(blocks) - 1):
            a, b = blocks[i], blocks[i + 1]
            if a[0] / a[1] > b[0] / b[1]:
                blocks[i] = [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
                del blocks[i + 1]
                break
        else:
            break
    return np.repeat([s / w for s, w, _ in blocks], [length for _, _, length in blocks])
