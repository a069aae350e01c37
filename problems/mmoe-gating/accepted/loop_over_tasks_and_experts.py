# Plain loops over the tasks and the experts; the softmax through log-sum-exp.
import numpy as np


def mmoe_forward(x: np.ndarray, expert_weights: np.ndarray, expert_biases: np.ndarray,
                 gate_weights: np.ndarray) -> np.ndarray:
    experts = [np.maximum(x @ w + c, 0.0) for w, c in zip(expert_weights, expert_biases)]
    outputs = []
    for gate in gate_weights:
        logits = x @ gate  # (B, E)
        top = logits.max(axis=1, keepdims=True)
        log_norm = top + np.log(np.exp(logits - top).sum(axis=1, keepdims=True))
        probabilities = np.exp(logits - log_norm)
        mixed = np.zeros_like(experts[0])
        for e, expert in enumerate(experts):
            mixed += probabilities[:, e:e + 1] * expert
        outputs.append(mixed)
    return np.stack(outputs)
