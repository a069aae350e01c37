# Bug: returns the mean loss (torch's usual reduction) where the element-wise loss is asked for.
import numpy as np


def focal_loss(logits, labels, alpha, gamma):
    z_t = np.where(labels == 1, logits, -logits)
    alpha_t = np.where(labels == 1, alpha, 1 - alpha)
    return float(np.mean(alpha_t * np.exp(-gamma * np.logaddexp(0, z_t)) * np.logaddexp(0, -z_t)))
