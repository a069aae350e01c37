# Another Function: softplus by max(x, 0) + log1p(exp(-|x|)), and the forward's tanh and
# sigmoid saved for backward instead of recomputed.
import torch


class Mish(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        softplus = torch.clamp(x, min=0) + torch.log1p(torch.exp(-x.abs()))
        t = torch.tanh(softplus)
        ctx.save_for_backward(x, t, torch.sigmoid(x))
        return x * t

    @staticmethod
    def backward(ctx, grad_output):
        x, t, s = ctx.saved_tensors
        return grad_output * (t + x * (1 - t.square()) * s)


def mish_forward_backward(x, grad_output):
    leaf = x.clone().requires_grad_()
    out = Mish.apply(leaf)
    out.backward(grad_output)
    return out.detach(), leaf.grad
