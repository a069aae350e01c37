# Bug: alpha weights every element, instead of alpha for positives and 1 - alpha for negatives.
import numpy as np


def focal_loss(logits, labels, alpha, gamma):
    z_t = np.where(labels == 1, logits, -logits)
    return alpha * np.exp(-gamma * np.logaddexp(0, z_t)) * np.logaddexp(0, -z_t)
