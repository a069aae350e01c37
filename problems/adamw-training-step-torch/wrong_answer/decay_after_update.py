# Bug: the decay applied after the Adam update, to the already-updated parameter.
import torch


def adamw_training_step(weight, bias, x, y, exp_avg, exp_avg_sq, step, lr, betas, eps, weight_decay):
    error = x @ weight.T + bias - y
    d_pred = 2 * error / error.numel()
    grads = (d_pred.T @ x, d_pred.sum(0))
    beta1, beta2 = betas
    t = step + 1
    out = []
    for param, grad, m, v in zip((weight, bias), grads, exp_avg, exp_avg_sq):
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        param = param - lr * (m / (1 - beta1 ** t)) / ((v / (1 - beta2 ** t)).sqrt() + eps)
        out.append(param * (1 - lr * weight_decay))
    return (error ** 2).mean(), out[0], out[1]
