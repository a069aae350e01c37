# Bug: the modulating factor p_t^gamma instead of (1 - p_t)^gamma, so easy examples weigh the most.
import numpy as np


def focal_loss(logits, labels, alpha, gamma):
    z_t = np.where(labels == 1, logits, -logits)
    alpha_t = np.where(labels == 1, alpha, 1 - alpha)
    return alpha_t * np.exp(-gamma * np.logaddexp(0, -z_t)) * np.logaddexp(0, -z_t)
