import numpy as np


def mmoe_forward(x, expert_weights, expert_biases, gate_weights):
    """All experts and all gates at once with einsum; a stable softmax per task and example."""
    x = np.asarray(x, dtype=np.float64)
    experts = np.maximum(np.einsum("bd,edh->beh", x, expert_weights) + expert_biases[None], 0.0)  # (B, E, h)
    logits = np.einsum("bd,tde->tbe", x, gate_weights)  # (T, B, E)
    logits -= logits.max(axis=2, keepdims=True)
    gates = np.exp(logits)
    gates /= gates.sum(axis=2, keepdims=True)
    return np.einsum("tbe,beh->tbh", gates, experts)
