# Bug: forgets the residual x_l, so each layer keeps only the crossed term and the bias.
import numpy as np


def cross_network(x0, weights, biases):
    x = x0
    for w, b in zip(weights, biases):
        x = x0 * (x @ w)[:, None] + b
    return x
