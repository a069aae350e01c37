"""Random valid expressions up to 10^4 tokens, built on a simulated stack so no intermediate
value leaves 32 bits and no division is by zero."""

import random

MAX_TOKENS, BOUND = 10**4, 200
INT_MIN, INT_MAX = -2**31, 2**31 - 1
OPS = ("+", "-", "*", "/")


def _apply(op, left, right):
    if op == "+":
        return left + right
    if op == "-":
        return left - right
    if op == "*":
        return left * right
    quotient = abs(left) // abs(right)
    return quotient if (left < 0) == (right < 0) else -quotient


def _expression(numbers, rng, push_bias=0.5, ops=OPS):
    """Push `numbers` operands and numbers - 1 operators, choosing only operators that stay in range."""
    tokens, stack, pushed = [], [], 0
    while pushed < numbers or len(stack) > 1:
        if pushed < numbers and (len(stack) < 2 or rng.random() < push_bias):
            value = rng.randint(-BOUND, BOUND)
            tokens.append(str(value))
            stack.append(value)
            pushed += 1
            continue
        right, left = stack.pop(), stack.pop()
        choices = [op for op in ops if not (op == "/" and right == 0)
                   and INT_MIN <= _apply(op, left, right) <= INT_MAX]
        op = rng.choice(choices or ["+"])
        tokens.append(op)
        stack.append(_apply(op, left, right))
    return tokens


def hidden_cases():
    rng = random.Random(150)
    return [
        ("largest, random", {"tokens": _expression(5000, rng)}),
        ("largest, operands first", {"tokens": _expression(5000, rng, push_bias=1.0)}),
        ("largest, left-deep", {"tokens": _expression(5000, rng, push_bias=0.0)}),
        ("largest, products and quotients", {"tokens": _expression(5000, rng, ops=("*", "/"))}),
        ("medium, random", {"tokens": _expression(300, rng)}),
        ("small, random", {"tokens": _expression(6, rng)}),
        ("small, divisions", {"tokens": _expression(5, rng, ops=("/",))}),
    ]


def strategy():
    from hypothesis import strategies as st

    @st.composite
    def inputs(draw):
        seed = draw(st.integers(0, 2**32 - 1))
        numbers = draw(st.integers(1, 6))
        return {"tokens": _expression(numbers, random.Random(seed))}

    return inputs()


def validate(case):
    tokens = case["tokens"]
    assert 1 <= len(tokens) <= MAX_TOKENS, f"len(tokens) = {len(tokens)} is outside [1, {MAX_TOKENS}]"
    stack = []
    for token in tokens:
        if token in OPS:
            assert len(stack) >= 2, f"operator {token} has fewer than two operands"
            right, left = stack.pop(), stack.pop()
            assert not (token == "/" and right == 0), "division by zero"
            value = _apply(token, left, right)
            assert INT_MIN <= value <= INT_MAX, f"intermediate value {value} does not fit in 32 bits"
            stack.append(value)
        else:
            assert str(int(token)) == token, f"token {token!r} is not a plain integer"
            assert -BOUND <= int(token) <= BOUND, f"number {token} is outside [-200, 200]"
            stack.append(int(token))
    assert len(stack) == 1, "the expression leaves more than one value"


SIZE = "len(tokens)"


def input_of_size(n, rng):
    return {"tokens": _expression((n + 1) // 2, rng)}
