# By hand, with the gradient written out (no autograd) and PyTorch's arrangement of the
# update: step size lr / bias_correction1, denominator sqrt(v) / sqrt(bias_correction2) + eps.
import math

import torch


def adamw_training_step(weight, bias, x, y, exp_avg, exp_avg_sq, step, lr, betas, eps, weight_decay):
    error = x @ weight.T + bias - y
    loss = (error ** 2).mean()
    d_pred = 2 * error / error.numel()
    grads = (d_pred.T @ x, d_pred.sum(0))
    beta1, beta2 = betas
    t = step + 1
    out = []
    for param, grad, m, v in zip((weight, bias), grads, exp_avg, exp_avg_sq):
        param = param * (1 - lr * weight_decay)
        m = m * beta1 + grad * (1 - beta1)
        v = v * beta2 + grad * grad * (1 - beta2)
        denom = v.sqrt() / math.sqrt(1 - beta2 ** t) + eps
        out.append(param - (lr / (1 - beta1 ** t)) * m / denom)
    return loss, out[0], out[1]
