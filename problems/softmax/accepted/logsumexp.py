# Via log-sum-exp: exp(x - logsumexp(x)).
import numpy as np


def softmax(logits: np.ndarray) -> np.ndarray:
    x = np.asarray(logits, dtype=float)
    m = x.max(axis=-1, keepdims=True)
    lse = m + np.log(np.exp(x - m).sum(axis=-1, keepdims=True))
    return np.exp(x - lse)
