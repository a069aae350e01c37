"""Strings of up to 20 characters. The traps: words float() accepts ("inf", "nan",
"Infinity"), exponents without digits or with a point, signs in the wrong place, a lone
point, and valid numbers at the full length of 20."""

from hypothesis import strategies as st

from judge.kit import Bound, strings

N = Bound("len(s)", 1, 20)
ALPHABET = strings.LETTERS + strings.DIGITS + "+-."

NUMBERS = ["2", "0089", "-0.1", "+3.14", "4.", "-.9", "2e10", "-90E3", "3e+7", "+6e-1", "53.5e93",
           "-123.456e789", "0", "1.e5", ".5e-0", "+.8", "00000000000000000000", "-1234567890.123e+45",
           "9.99999999999999e-99", "1E1"]
NOT_NUMBERS = ["abc", "1a", "1e", "e3", "99e2.5", "--6", "-+3", "95a54e53", ".", "+.", "inf", "-inf", "nan",
               "Infinity", "infinity", "NaN", "e", "E9", "1e+", "1e-", ".e1", "1..2", "1.2.3", "+", "-",
               "1+2", "1e2e3", "6e6.5", "4e+-4", "1ee3", ".-4", "+E3", "3.e", "1234567890123456789e",
               "1e5.", "0x1F", "1d", "2f", "..", "4-"]


def hidden_cases():
    cases = [(f"number {s!r}", {"s": s}) for s in NUMBERS]
    cases += [(f"not a number {s!r}", {"s": s}) for s in NOT_NUMBERS]
    return cases


_digits = st.text(alphabet="0123456789", min_size=1, max_size=3)
_sign = st.sampled_from(["", "+", "-"])


@st.composite
def _number_like(draw):
    """Mostly valid numbers, now and then with one part dropped or doubled."""
    whole = draw(st.sampled_from(["d", "d.", "d.d", ".d", ".", ""]))
    body = whole.replace("d", draw(_digits), 1).replace("d", draw(_digits), 1)
    text = draw(_sign) + body
    if draw(st.booleans()):
        text += draw(st.sampled_from(["e", "E"])) + draw(_sign) + draw(st.sampled_from(["", "1", "25", ".5", "2."]))
    return text[:N.max] or "e"


def strategy():
    return st.fixed_dictionaries({"s": st.one_of(
        _number_like(),
        strings.strategy("0123456789+-.eE", min_size=1, max_size=8),
        st.sampled_from(["inf", "nan", "Infinity", "-inf", "+nan", "1f", "abc"]),
    )})


def validate(case):
    strings.check(case["s"], ALPHABET, N.min, N.max)


SIZE = "len(s)"


def input_of_size(n, rng):
    n = N.clamp(n)
    digits = strings.random_string(rng, n, strings.DIGITS)
    return {"s": digits if n < 3 else digits[:n // 2] + "e" + digits[n // 2 + 1:]}
