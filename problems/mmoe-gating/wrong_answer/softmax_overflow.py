# Bug: the gate softmax without subtracting the maximum logit: exp overflows to inf on large
# logits, and inf / inf is nan.
import numpy as np


def mmoe_forward(x, expert_weights, expert_biases, gate_weights):
    experts = np.maximum(np.einsum("bd,edh->beh", x, expert_weights) + expert_biases[None], 0.0)
    with np.errstate(over="ignore", invalid="ignore"):
        gates = np.exp(np.einsum("bd,tde->tbe", x, gate_weights))
        gates = gates / gates.sum(axis=2, keepdims=True)
    return np.einsum("tbe,beh->tbh", gates, experts)
