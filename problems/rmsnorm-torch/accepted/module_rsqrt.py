# An nn.Module as a model would hold it: weight as a Parameter, LLaMA's rsqrt form.
import torch
import torch.nn as nn


class RMSNorm(nn.Module):
    def __init__(self, d, eps):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


def rms_norm(x, weight, eps):
    layer = RMSNorm(x.shape[-1], eps)
    with torch.no_grad():
        layer.weight.copy_(weight)
    return layer(x)
