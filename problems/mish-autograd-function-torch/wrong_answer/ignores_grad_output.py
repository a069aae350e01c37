# Bug: backward returns Mish's local derivative, not multiplied by grad_output.
import torch
import torch.nn.functional as F


class Mish(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * torch.tanh(F.softplus(x))

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        t = torch.tanh(F.softplus(x))
        return t + x * (1 - t * t) * torch.sigmoid(x)


def mish_forward_backward(x, grad_output):
    x = x.detach().requires_grad_(True)
    y = Mish.apply(x)
    y.backward(grad_output)
    return y.detach(), x.grad
