"""AdamW's hard shapes: a first step from zero state (bias correction by 1 - beta), late steps
with state, several outputs (where the MSE mean is over N * out entries, not N), tiny
gradients (a model that nearly fits, where eps shows), beta1 = 0, large lr with decay (where
the decay's order shows), no decay, and the largest batch.

One step is a couple of matrix products for any approach, and the inputs are small: there is
no loop-heavy version 10x over the limit, so there is no time_limit/."""

import random

from hypothesis import strategies as st

from judge.kit import tensors

SIZE = "number of inputs (N * in)"


def _matrix(rng, rows, cols, scale):
    return [[round(rng.gauss(0, scale), 6) for _ in range(cols)] for _ in range(rows)]


def _case(seed, n, n_in, n_out, step=0, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01, fit=None):
    rng = random.Random(seed)
    weight = _matrix(rng, n_out, n_in, 1.0)
    bias = [round(rng.gauss(0, 1), 6) for _ in range(n_out)]
    x = _matrix(rng, n, n_in, 2.0)
    if fit is None:
        y = _matrix(rng, n, n_out, 3.0)
    else:  # targets the model nearly predicts: tiny gradients
        y = [[sum(w * v for w, v in zip(weight[o], row)) + bias[o] + rng.gauss(0, fit) for o in range(n_out)]
             for row in x]
        y = [[round(v, 12) for v in row] for row in y]
    if step == 0:
        state_m = [[[0.0] * n_in for _ in range(n_out)], [0.0] * n_out]
        state_v = [[[0.0] * n_in for _ in range(n_out)], [0.0] * n_out]
    else:
        state_m = [_matrix(rng, n_out, n_in, 0.5), [round(rng.gauss(0, 0.5), 6) for _ in range(n_out)]]
        state_v = [[[round(rng.uniform(0, 1), 6) for _ in range(n_in)] for _ in range(n_out)],
                   [round(rng.uniform(0, 1), 6) for _ in range(n_out)]]
    return {"weight": weight, "bias": bias, "x": x, "y": y, "exp_avg": state_m, "exp_avg_sq": state_v,
            "step": step, "lr": lr, "betas": list(betas), "eps": eps, "weight_decay": weight_decay}


def hidden_cases():
    return [
        ("largest batch, first step", _case(1, 1024, 64, 16, step=0, lr=1e-3)),
        ("large lr and decay: the decay's order shows", _case(2, 64, 8, 4, step=3, lr=0.1, weight_decay=0.5)),
        ("late step with state", _case(3, 200, 16, 3, step=100000, lr=3e-4, weight_decay=0.1)),
        ("several outputs: the mean is over N * out", _case(4, 50, 5, 16, step=10, lr=1e-2, weight_decay=0.0)),
        ("a model that nearly fits: tiny gradients, eps shows", _case(5, 30, 4, 2, step=0, lr=1e-2, fit=1e-9,
                                                                         eps=1e-6)),
        ("beta1 = 0, beta2 = 0.9", _case(6, 40, 6, 2, step=5, lr=0.05, betas=(0.0, 0.9), weight_decay=0.05)),
        ("one sample, one feature, one output", _case(7, 1, 1, 1, step=0, lr=0.1, weight_decay=0.5)),
        ("no weight decay, large eps", _case(8, 100, 10, 1, step=2, lr=1e-2, weight_decay=0.0, eps=1e-3)),
        ("second step", _case(9, 300, 32, 8, step=1, lr=1e-3, betas=(0.8, 0.99), weight_decay=0.2)),
    ]


def input_of_size(n, rng):
    return _case(rng.randrange(10 ** 9), max(1, n // 32), 32, 4, step=rng.randrange(5))


@st.composite
def _small(draw):
    n, n_in, n_out = draw(st.integers(1, 4)), draw(st.integers(1, 3)), draw(st.integers(1, 3))
    seed = draw(st.integers(0, 10 ** 6))
    step = draw(st.sampled_from([0, 1, 7, 100000]))
    lr = draw(st.sampled_from([1e-5, 1e-3, 0.1]))
    betas = draw(st.sampled_from([(0.9, 0.999), (0.0, 0.9), (0.5, 0.0)]))
    eps = draw(st.sampled_from([1e-12, 1e-8, 1e-3]))
    decay = draw(st.sampled_from([0.0, 0.01, 0.5]))
    return _case(seed, n, n_in, n_out, step=step, lr=lr, betas=betas, eps=eps, weight_decay=decay)


def strategy():
    return _small()


def validate(case):
    n_out, n_in = tensors.shape(case["weight"], "weight")
    assert 1 <= n_in <= 64 and 1 <= n_out <= 16, "weight must be (out, in), in <= 64, out <= 16"
    assert tensors.shape(case["bias"], "bias") == (n_out,), "bias must have out entries"
    n = tensors.shape(case["x"], "x")[0]
    assert 1 <= n <= 1024 and tensors.shape(case["x"], "x") == (n, n_in), "x must be (N, in), N <= 1024"
    assert tensors.shape(case["y"], "y") == (n, n_out), "y must be (N, out)"
    for name in ("weight", "bias", "x", "y"):
        assert all(abs(v) <= 100 for v in tensors.flat(case[name])), f"an entry of {name} is beyond 100"
    for name in ("exp_avg", "exp_avg_sq"):
        assert len(case[name]) == 2, f"{name} must hold the weight's state and the bias's"
        weight_state, bias_state = case[name]
        assert tensors.shape(weight_state, name) == (n_out, n_in), f"{name}[0] must have weight's shape"
        assert tensors.shape(bias_state, name) == (n_out,), f"{name}[1] must have bias's shape"
    assert all(abs(v) <= 100 for v in tensors.flat(case["exp_avg"])), "an exp_avg entry is beyond 100"
    assert all(0 <= v <= 1e4 for v in tensors.flat(case["exp_avg_sq"])), "an exp_avg_sq entry is out of [0, 10^4]"
    step = case["step"]
    assert 0 <= step <= 10 ** 5, "step must be in [0, 10^5]"
    if step == 0:
        assert not any(tensors.flat(case["exp_avg"]) + tensors.flat(case["exp_avg_sq"])), "state must be zero at step 0"
    assert 1e-5 <= case["lr"] <= 0.1, "lr must be in [1e-5, 0.1]"
    beta1, beta2 = case["betas"]
    assert 0 <= beta1 < 1 and 0 <= beta2 < 1, "a beta is out of [0, 1)"
    assert 1e-12 <= case["eps"] <= 1e-3, "eps must be in [1e-12, 1e-3]"
    assert 0 <= case["weight_decay"] <= 0.5, "weight_decay must be in [0, 0.5]"
