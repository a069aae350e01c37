# Bug: the bias exempted from weight decay (a common second parameter group, but the
# statement has one group).
import torch


def adamw_training_step(weight, bias, x, y, exp_avg, exp_avg_sq, step, lr, betas, eps, weight_decay):
    error = x @ weight.T + bias - y
    d_pred = 2 * error / error.numel()
    grads = (d_pred.T @ x, d_pred.sum(0))
    beta1, beta2 = betas
    t = step + 1
    out = []
    for param, grad, m, v, decay in zip((weight, bias), grads, exp_avg, exp_avg_sq, (weight_decay, 0.0)):
        param = param * (1 - lr * decay)
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        out.append(param - lr * (m / (1 - beta1 ** t)) / ((v / (1 - beta2 ** t)).sqrt() + eps))
    return (error ** 2).mean(), out[0], out[1]
