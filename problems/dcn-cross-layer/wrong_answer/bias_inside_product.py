# Bug: puts the bias inside the product, x_0 * (x_l . w + b) + x_l (the shape of DCN-V2's
# x_0 * (W x_l + b) + x_l), where DCN-v1 adds b outside: x_0 (x_l . w) + b + x_l.
import numpy as np


def cross_network(x0, weights, biases):
    x = x0
    for w, b in zip(weights, biases):
        x = x0 * ((x @ w)[:, None] + b) + x
    return x
