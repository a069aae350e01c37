# Bug: grad[idx] += g with repeated indices keeps only one of the updates (numpy
# buffers the fancy-indexed write), so a word seen twice in the batch gets one gradient.
import numpy as np


def _log_sigmoid(x):
    return -np.logaddexp(0.0, -x)


def _sigmoid(x):
    return np.exp(_log_sigmoid(x))


def sgns_loss_and_grads(w_in, w_out, centers, contexts, negatives):
    batch = len(centers)
    u, v_pos, v_neg = w_in[centers], w_out[contexts], w_out[negatives]
    s_pos = np.einsum("bd,bd->b", u, v_pos)
    s_neg = np.einsum("bd,bkd->bk", u, v_neg)
    loss = -(_log_sigmoid(s_pos).sum() + _log_sigmoid(-s_neg).sum()) / batch
    g_pos = -_sigmoid(-s_pos) / batch
    g_neg = _sigmoid(s_neg) / batch
    grad_in, grad_out = np.zeros_like(w_in), np.zeros_like(w_out)
    grad_in[centers] += g_pos[:, None] * v_pos + np.einsum("bk,bkd->bd", g_neg, v_neg)
    grad_out[contexts] += g_pos[:, None] * u
    grad_out[negatives] += g_neg[:, :, None] * u[:, None, :]
    return float(loss), grad_in, grad_out
