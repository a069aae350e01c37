# PyTorch's own optimiser (the library cross-check): an nn.Linear given the weights,
# torch.optim.AdamW given the state, one backward and one step.
import torch
import torch.nn as nn


def adamw_training_step(weight, bias, x, y, exp_avg, exp_avg_sq, step, lr, betas, eps, weight_decay):
    model = nn.Linear(weight.shape[1], weight.shape[0], dtype=torch.float64)
    with torch.no_grad():
        model.weight.copy_(weight)
        model.bias.copy_(bias)
    optimiser = torch.optim.AdamW(model.parameters(), lr=lr, betas=tuple(betas), eps=eps,
                                  weight_decay=weight_decay)
    for param, m, v in zip((model.weight, model.bias), exp_avg, exp_avg_sq):
        optimiser.state[param] = {"step": torch.tensor(float(step)), "exp_avg": m.clone(),
                                  "exp_avg_sq": v.clone()}
    loss = nn.MSELoss()(model(x), y)
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
    return loss.item(), model.weight.detach(), model.bias.detach()
