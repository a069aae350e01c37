# PyTorch's own implementation: the statement's conventions are F.cross_entropy's.
import torch.nn.functional as F


def label_smoothed_cross_entropy(logits, target, smoothing, ignore_index):
    return F.cross_entropy(logits, target, label_smoothing=smoothing, ignore_index=ignore_index)
