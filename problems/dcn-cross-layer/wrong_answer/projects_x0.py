# Bug: projects x_0 instead of the current layer's input, x_0 (x_0 . w_l), so the degree of
# the crossing never grows past 2.
import numpy as np


def cross_network(x0, weights, biases):
    x = x0
    for w, b in zip(weights, biases):
        x = x0 * (x0 @ w)[:, None] + b + x
    return x
