import numpy as np


def focal_loss(logits, labels, alpha, gamma):
    z = np.asarray(logits, dtype=np.float64)
    positive = np.asarray(labels) == 1
    z_t = np.where(positive, z, -z)              # p_t = sigmoid(z_t)
    alpha_t = np.where(positive, alpha, 1.0 - alpha)
    log_p_t = -np.logaddexp(0.0, -z_t)           # ln sigmoid(z_t), finite for any z_t
    log_one_minus_p_t = -np.logaddexp(0.0, z_t)  # ln sigmoid(-z_t) = ln(1 - p_t)
    return -alpha_t * np.exp(gamma * log_one_minus_p_t) * log_p_t
