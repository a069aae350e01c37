# The nn.Module a model would hold, given its weights through load_state_dict.
import torch
import torch.nn as nn


class MLPBlock(nn.Module):
    def __init__(self, embed, hidden):
        super().__init__()
        self.norm = nn.LayerNorm(embed)
        self.fc1 = nn.Linear(embed, hidden)
        self.act = nn.GELU()
        self.fc2 = nn.Linear(hidden, embed)

    def forward(self, x):
        return x + self.fc2(self.act(self.fc1(self.norm(x))))


def mlp_block_forward(x, ln_weight, ln_bias, fc1_weight, fc1_bias, fc2_weight, fc2_bias):
    block = MLPBlock(x.shape[-1], fc1_weight.shape[0])
    block.load_state_dict({"norm.weight": ln_weight, "norm.bias": ln_bias, "fc1.weight": fc1_weight,
                           "fc1.bias": fc1_bias, "fc2.weight": fc2_weight, "fc2.bias": fc2_bias})
    with torch.no_grad():
        return block(x)
