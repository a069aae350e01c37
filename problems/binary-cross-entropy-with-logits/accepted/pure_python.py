# One example at a time with the math module, branching on the sign of the logit.
import math


def bce_with_logits(logits, targets):
    total = 0.0
    for x, y in zip(logits.tolist(), targets.tolist()):
        if x >= 0:
            total += x - x * y + math.log1p(math.exp(-x))
        else:
            total += -x * y + math.log1p(math.exp(x))
    return total / len(logits)
