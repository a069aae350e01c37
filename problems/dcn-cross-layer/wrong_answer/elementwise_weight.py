# Bug: multiplies x_l by w element-wise instead of taking the dot product x_l . w.
import numpy as np


def cross_network(x0, weights, biases):
    x = x0
    for w, b in zip(weights, biases):
        x = x0 * (x * w) + b + x
    return x
