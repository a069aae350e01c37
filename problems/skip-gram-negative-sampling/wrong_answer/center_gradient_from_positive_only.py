# Bug: the center word's gradient takes the positive context's term only and forgets
# the negatives' sum over k of sigmoid(s_k) v_k.
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
    np.add.at(grad_in, centers, g_pos[:, None] * v_pos)
    np.add.at(grad_out, contexts, g_pos[:, None] * u)
    np.add.at(grad_out, negatives, g_neg[:, :, None] * u[:, None, :])
    return float(loss), grad_in, grad_out
