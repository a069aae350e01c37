# Another formulation: the l2 norm over sqrt(d), in float64, cast back to float32.
import math

import torch


def rms_norm(x, weight, eps):
    d = x.shape[-1]
    x64 = x.double()
    rms = torch.sqrt(torch.linalg.vector_norm(x64, dim=-1, keepdim=True) ** 2 / d + eps)
    return (x64 / rms * weight.double()).float()
