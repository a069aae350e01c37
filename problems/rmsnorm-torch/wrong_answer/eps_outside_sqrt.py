# Bug: eps added to the root mean square, not to the mean square under the root.
import torch


def rms_norm(x, weight, eps):
    return x / (x.pow(2).mean(-1, keepdim=True).sqrt() + eps) * weight
