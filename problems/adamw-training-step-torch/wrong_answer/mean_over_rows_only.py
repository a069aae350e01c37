# Bug: the MSE gradient divided by N (the rows) instead of N * out (every entry, as
# nn.MSELoss's mean does); the loss itself is reported as the mean over rows of the row sums.
import torch


def adamw_training_step(weight, bias, x, y, exp_avg, exp_avg_sq, step, lr, betas, eps, weight_decay):
    error = x @ weight.T + bias - y
    loss = (error ** 2).sum(1).mean()
    d_pred = 2 * error / error.shape[0]
    grads = (d_pred.T @ x, d_pred.sum(0))
    beta1, beta2 = betas
    t = step + 1
    out = []
    for param, grad, m, v in zip((weight, bias), grads, exp_avg, exp_avg_sq):
        param = param * (1 - lr * weight_decay)
        m = beta1 * m + (1 - beta1) * grad
        v = beta2 * v + (1 - beta2) * grad * grad
        out.append(param - lr * (m / (1 - beta1 ** t)) / ((v / (1 - beta2 ** t)).sqrt() + eps))
    return loss, out[0], out[1]
