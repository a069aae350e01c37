import numpy as np


def _log_sigmoid(x):
    return -np.logaddexp(0.0, -x)  # log(1 / (1 + e^-x)) without overflow or log(0)


def _sigmoid(x):
    return np.exp(_log_sigmoid(x))


def sgns_loss_and_grads(w_in, w_out, centers, contexts, negatives):
    """Mean SGNS loss over the batch; gradients scattered back with np.add.at, which adds
    every occurrence of a repeated word (a fancy-index += keeps only one)."""
    w_in = np.asarray(w_in, dtype=np.float64)
    w_out = np.asarray(w_out, dtype=np.float64)
    batch = len(centers)
    u = w_in[centers]  # (B, d)
    v_pos = w_out[contexts]  # (B, d)
    v_neg = w_out[negatives]  # (B, K, d)
    s_pos = np.einsum("bd,bd->b", u, v_pos)
    s_neg = np.einsum("bd,bkd->bk", u, v_neg)
    loss = -(_log_sigmoid(s_pos).sum() + _log_sigmoid(-s_neg).sum()) / batch
    g_pos = -_sigmoid(-s_pos) / batch  # d loss / d s_pos = sigmoid(s_pos) - 1 = -sigmoid(-s_pos)
    g_neg = _sigmoid(s_neg) / batch  # d loss / d s_neg
    grad_in = np.zeros_like(w_in)
    grad_out = np.zeros_like(w_out)
    np.add.at(grad_in, centers, g_pos[:, None] * v_pos + np.einsum("bk,bkd->bd", g_neg, v_neg))
    np.add.at(grad_out, contexts, g_pos[:, None] * u)
    np.add.at(grad_out, negatives, g_neg[:, :, None] * u[:, None, :])
    return float(loss), grad_in, grad_out
