# Bug: mixes the experts' pre-activations and applies the ReLU after the gate, instead of
# mixing the experts' outputs.
import numpy as np


def mmoe_forward(x, expert_weights, expert_biases, gate_weights):
    pre = np.einsum("bd,edh->beh", x, expert_weights) + expert_biases[None]
    logits = np.einsum("bd,tde->tbe", x, gate_weights)
    gates = np.exp(logits - logits.max(axis=2, keepdims=True))
    gates /= gates.sum(axis=2, keepdims=True)
    return np.maximum(np.einsum("tbe,beh->tbh", gates, pre), 0.0)
