# Bug: divides by the l2 norm of the row, not its root mean square (off by sqrt(d)).
import torch


def rms_norm(x, weight, eps):
    return x * torch.rsqrt(x.pow(2).sum(-1, keepdim=True) + eps) * weight
