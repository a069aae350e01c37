# Bug: takes the last k of an ascending stable argsort, reversed, so equal similarities come
# out with the HIGHER index first.
import numpy as np


def cosine_top_k(queries, items, k):
    q = queries / np.maximum(np.linalg.norm(queries, axis=1, keepdims=True), 1e-300)
    v = items / np.maximum(np.linalg.norm(items, axis=1, keepdims=True), 1e-300)
    scores = q @ v.T
    return np.argsort(scores, axis=1, kind="stable")[:, ::-1][:, :k]
