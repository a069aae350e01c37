# Bug: one gate for every task (the first task's), which is the one-gate mixture of experts
# (OMoE), not MMoE's gate per task.
import numpy as np


def mmoe_forward(x, expert_weights, expert_biases, gate_weights):
    experts = np.maximum(np.einsum("bd,edh->beh", x, expert_weights) + expert_biases[None], 0.0)
    logits = x @ gate_weights[0]
    gate = np.exp(logits - logits.max(axis=1, keepdims=True))
    gate /= gate.sum(axis=1, keepdims=True)
    mixed = np.einsum("be,beh->bh", gate, experts)
    return np.stack([mixed] * len(gate_weights))
