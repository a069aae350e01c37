# Bug: subtracts the mean first (LayerNorm without a bias), which RMSNorm does not do.
import torch


def rms_norm(x, weight, eps):
    centred = x - x.mean(-1, keepdim=True)
    return centred * torch.rsqrt(centred.pow(2).mean(-1, keepdim=True) + eps) * weight
