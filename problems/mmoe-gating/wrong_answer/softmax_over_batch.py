# Bug: normalises each gate over the batch (axis 1) instead of over the experts.
import numpy as np


def mmoe_forward(x, expert_weights, expert_biases, gate_weights):
    experts = np.maximum(np.einsum("bd,edh->beh", x, expert_weights) + expert_biases[None], 0.0)
    logits = np.einsum("bd,tde->tbe", x, gate_weights)
    gates = np.exp(logits - logits.max(axis=1, keepdims=True))
    gates /= gates.sum(axis=1, keepdims=True)
    return np.einsum("tbe,beh->tbh", gates, experts)
