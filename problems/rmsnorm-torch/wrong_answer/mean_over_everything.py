# Bug: the mean square over the whole tensor instead of over the last dimension.
import torch


def rms_norm(x, weight, eps):
    return x * torch.rsqrt(x.pow(2).mean() + eps) * weight
