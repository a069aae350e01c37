"""The seven growth classes an interviewer names, and reading a problem's expected Big-O."""

from __future__ import annotations

import math
import re
from enum import Enum

import numpy as np


class Growth(str, Enum):
    """Ordered from slowest to fastest growing; the value is how a person writes it."""

    CONSTANT = "O(1)"
    LOG = "O(log n)"
    LINEAR = "O(n)"
    LINEARITHMIC = "O(n log n)"
    QUADRATIC = "O(n^2)"
    CUBIC = "O(n^3)"
    EXPONENTIAL = "O(2^n)"

    @property
    def rank(self) -> int:
        return _ORDER.index(self)

    @property
    def power(self) -> float:
        """Roughly the log-log slope over the sizes measured: how far apart two classes really are."""
        return _POWER[self]

    def basis(self, n: np.ndarray) -> np.ndarray:
        """f(n) in the model a + b f(n); the exponential class fits its own base (see fit.py)."""
        n = np.asarray(n, dtype=float)
        if self is Growth.CONSTANT:
            return np.zeros_like(n)
        if self is Growth.LOG:
            return np.log2(n)
        if self is Growth.LINEAR:
            return n
        if self is Growth.LINEARITHMIC:
            return n * np.log2(n)
        if self is Growth.QUADRATIC:
            return n ** 2
        if self is Growth.CUBIC:
            return n ** 3
        raise ValueError("the exponential class has no fixed basis")

    def per_call(self) -> "Growth | None":
        """The class of one call when this is the growth of n calls (design problems), if it is one of the seven."""
        return _PER_CALL.get(self)

    def times_n(self) -> "Growth | None":
        return next((total for total, one in _PER_CALL.items() if one is self), None)


_ORDER = list(Growth)
_POWER = {Growth.CONSTANT: 0.0, Growth.LOG: 0.15, Growth.LINEAR: 1.0, Growth.LINEARITHMIC: 1.15,
          Growth.QUADRATIC: 2.0, Growth.CUBIC: 3.0, Growth.EXPONENTIAL: math.inf}
_PER_CALL = {Growth.LINEAR: Growth.CONSTANT, Growth.LINEARITHMIC: Growth.LOG, Growth.QUADRATIC: Growth.LINEAR,
             Growth.CUBIC: Growth.QUADRATIC}

_SPELLINGS = {
    "1": Growth.CONSTANT, "logn": Growth.LOG, "n": Growth.LINEAR, "nlogn": Growth.LINEARITHMIC,
    "n^2": Growth.QUADRATIC, "n**2": Growth.QUADRATIC, "n*n": Growth.QUADRATIC, "n²": Growth.QUADRATIC,
    "n^3": Growth.CUBIC, "n**3": Growth.CUBIC, "n³": Growth.CUBIC, "2^n": Growth.EXPONENTIAL,
    "2**n": Growth.EXPONENTIAL,
}
_BIG_O = re.compile(r"^\s*O\((?P<inner>.*)\)\s*$")


def expected_text(complexity: str | None) -> str | None:
    """A problem.yaml `complexity:` without its trailing comment."""
    if not complexity:
        return None
    return complexity.split("#", 1)[0].strip() or None


def parse_growth(text: str | None) -> Growth | None:
    """`O(n log n)` -> Growth.LINEARITHMIC; None for anything outside the seven (O(n log k), O(V + E))."""
    if not text:
        return None
    match = _BIG_O.match(expected_text(text) or "")
    if match is None:
        return None
    inner = re.sub(r"[\s·×]", "", match.group("inner")).replace("\\cdot", "*")
    inner = inner.replace("n*logn", "nlogn").replace("n*log(n)", "nlogn").replace("log(n)", "logn")
    return _SPELLINGS.get(inner)
