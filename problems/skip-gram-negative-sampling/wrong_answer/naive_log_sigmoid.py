# Bug: log(1 / (1 + exp(-s))) as written: for scores in the hundreds exp overflows or the
# sigmoid rounds to 0 or 1, and the loss becomes inf or nan.
import numpy as np


def sgns_loss_and_grads(w_in, w_out, centers, contexts, negatives):
    batch = len(centers)
    u, v_pos, v_neg = w_in[centers], w_out[contexts], w_out[negatives]
    with np.errstate(over="ignore", divide="ignore"):
        sig_pos = 1 / (1 + np.exp(-np.einsum("bd,bd->b", u, v_pos)))
        sig_neg = 1 / (1 + np.exp(-np.einsum("bd,bkd->bk", u, v_neg)))
        loss = -(np.log(sig_pos).sum() + np.log(1 - sig_neg).sum()) / batch
    g_pos = (sig_pos - 1) / batch
    g_neg = sig_neg / batch
    grad_in, grad_out = np.zeros_like(w_in), np.zeros_like(w_out)
    np.add.at(grad_in, centers, g_pos[:, None] * v_pos + np.einsum("bk,bkd->bd", g_neg, v_neg))
    np.add.at(grad_out, contexts, g_pos[:, None] * u)
    np.add.at(grad_out, negatives, g_neg[:, :, None] * u[:, None, :])
    return float(loss), grad_in, grad_out
