# torchvision's sigmoid_focal_loss: a stable BCE-with-logits for -ln p_t, and the modulating
# factor from the probabilities (exact where the loss is not negligible).
import numpy as np


def focal_loss(logits, labels, alpha, gamma):
    p = np.exp(-np.logaddexp(0, -logits))  # sigmoid without overflow
    ce = np.maximum(logits, 0) - logits * labels + np.log1p(np.exp(-np.abs(logits)))
    p_t = p * labels + (1 - p) * (1 - labels)
    alpha_t = alpha * labels + (1 - alpha) * (1 - labels)
    return alpha_t * ce * (1 - p_t) ** gamma
