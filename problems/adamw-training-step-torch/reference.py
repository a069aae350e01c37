# The reference runs on the host in numpy (the host has no torch): every tensor arrives as a
# float64 array, exp_avg and exp_avg_sq as lists of two arrays.
import numpy as np


def adamw_training_step(weight, bias, x, y, exp_avg, exp_avg_sq, step, lr, betas, eps, weight_decay):
    weight, bias, x, y = (np.asarray(a, dtype=np.float64) for a in (weight, bias, x, y))
    error = x @ weight.T + bias - y
    loss = float(np.mean(error ** 2))
    d_pred = 2.0 * error / error.size
    grads = [d_pred.T @ x, d_pred.sum(axis=0)]
    beta1, beta2 = betas
    t = step + 1
    updated = []
    for param, grad, m, v in zip((weight, bias), grads, exp_avg, exp_avg_sq):
        param = param * (1 - lr * weight_decay)
        m = beta1 * np.asarray(m, dtype=np.float64) + (1 - beta1) * grad
        v = beta2 * np.asarray(v, dtype=np.float64) + (1 - beta2) * grad * grad
        m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
        updated.append(param - lr * m_hat / (np.sqrt(v_hat) + eps))
    return loss, updated[0], updated[1]
