"""Classifying how a series of measurements grows with n: a pure function, no sandbox.

Each of the seven classes is a model y = a + b f(n) with a, b >= 0 (the exponential
class fits its own base). The constant a absorbs fixed overhead. Every model is
fitted by least squares on *relative* residuals, so a 10 % miss at n = 64 weighs
as much as one at n = 16384 (big_O's absolute residuals let the largest size
decide alone), and the non-negative constant keeps a straight line with a
negative offset from passing for n log n. The best model wins only by a margin
over the runner-up; otherwise the answer is None: inconclusive, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from judge.complexity.growth import Growth

EXPONENTIAL_BASES = np.geomspace(1.25, 4.0, 48)  # per unit of n: fib grows by 1.618, subsets by 2


@dataclass(frozen=True)
class Tolerance:
    """How good the best model must be, and by how much it must beat the runner-up."""

    max_error: float  # relative RMS error of the best model
    min_ratio: float  # runner-up error / best error
    min_gap: float  # runner-up error - best error

    def accepts(self, best: float, runner_up: float) -> bool:
        return best <= self.max_error and runner_up >= self.min_ratio * best and runner_up - best >= self.min_gap


EXACT = Tolerance(max_error=0.12, min_ratio=2.0, min_gap=0.02)  # deterministic counts
LINES = Tolerance(max_error=0.2, min_ratio=1.5, min_gap=0.03)  # executed lines: exact per input, inputs vary
NOISY = Tolerance(max_error=0.25, min_ratio=1.35, min_gap=0.03)  # CPU time on a shared machine


@dataclass(frozen=True)
class ModelFit:
    growth: Growth
    error: float  # relative RMS residual
    a: float
    b: float
    base: float | None = None  # the exponential class's fitted base
    reference_n: float = 0.0  # the exponential basis is base ** (n - reference_n)

    def basis(self, n) -> np.ndarray:
        n = np.asarray(n, dtype=float)
        if self.growth is Growth.EXPONENTIAL:
            return np.power(self.base, n - self.reference_n)
        return self.growth.basis(n)

    def predict(self, n) -> np.ndarray:
        return self.a + self.b * self.basis(n)


@dataclass(frozen=True)
class Fit:
    """The classes ranked by error; `growth` is None when the data do not single one out."""

    ranked: tuple[ModelFit, ...]
    growth: Growth | None
    why: str = ""

    @property
    def best(self) -> ModelFit:
        return self.ranked[0]

    @property
    def margin(self) -> float:
        """Runner-up error over best error: how clearly the winner won."""
        if len(self.ranked) < 2:
            return float("inf")
        return self.ranked[1].error / max(self.ranked[0].error, 1e-9)


def nonnegative_fit(columns: list[np.ndarray], y: np.ndarray) -> tuple[np.ndarray, float]:
    """Coefficients c >= 0 minimising the relative residuals of y ~ sum(c_k columns_k), and their RMS.

    Few columns (at most three), so every subset of them is solved by plain least
    squares and the best solution with no negative coefficient wins.
    """
    u = 1.0 / y
    scaled = [u * column for column in columns]
    target = np.ones_like(y)
    best_coefficients, best_error = np.zeros(len(columns)), float("inf")
    for mask in range(1, 1 << len(columns)):
        chosen = [k for k in range(len(columns)) if mask >> k & 1]
        design = np.column_stack([scaled[k] for k in chosen])
        solution, *_ = np.linalg.lstsq(design, target, rcond=None)
        if np.any(solution < 0):
            continue
        error = float(np.sqrt(np.mean((target - design @ solution) ** 2)))
        if error < best_error - 1e-12:
            best_coefficients = np.zeros(len(columns))
            best_coefficients[chosen] = solution
            best_error = error
    return best_coefficients, best_error


def _negligible(coefficient: float, column: np.ndarray, y: np.ndarray) -> bool:
    """A growing term that adds less than a millionth of the values is no growth (exact data, rounding)."""
    return coefficient * float(np.ptp(column)) <= 1e-6 * float(np.max(y))


def fit_model(growth: Growth, n: np.ndarray, y: np.ndarray) -> ModelFit:
    ones = np.ones_like(n)
    if growth is Growth.CONSTANT:
        (a,), error = nonnegative_fit([ones], y)
        return ModelFit(growth, error, float(a), 0.0)
    if growth is Growth.EXPONENTIAL:
        fits = []
        for base in EXPONENTIAL_BASES:
            f = np.power(base, n - n.max())  # scaled to the largest n so that large bases do not overflow
            (a, b), error = nonnegative_fit([ones, f], y)
            fits.append(ModelFit(growth, error, float(a), 0.0 if _negligible(b, f, y) else float(b), float(base),
                                 float(n.max())))
        return min(fits, key=lambda fit: fit.error)
    f = growth.basis(n)
    (a, b), error = nonnegative_fit([ones, f], y)
    return ModelFit(growth, error, float(a), 0.0 if _negligible(b, f, y) else float(b))


def classify(sizes, values, tolerance: Tolerance = NOISY, min_points: int = 4,
             classes: tuple[Growth, ...] = tuple(Growth)) -> Fit:
    """Rank the classes (by default all seven) on (n, y) pairs and pick one when it wins clearly.

    Values must be positive (times, counts); non-positive ones are raised to the
    smallest positive value, as a timer that read zero means "too fast to see".
    """
    n = np.asarray(sizes, dtype=float)
    y = np.asarray(values, dtype=float)
    if len(n) < min_points:
        return Fit((), None, f"{len(n)} sizes measured, {min_points} needed")
    if n.min() <= 0:
        raise ValueError("sizes must be positive")
    positive = y[y > 0]
    if positive.size == 0:
        return Fit((), None, "nothing measurable at any size")
    y = np.where(y > 0, y, positive.min())
    fits = [fit_model(growth, n, y) for growth in classes]
    # A model whose growing term came out as zero is the constant model again, not a rival to it.
    fits = [fit for fit in fits if fit.growth is Growth.CONSTANT or fit.b > 0]
    ranked = sorted(fits, key=lambda fit: (fit.error, fit.growth.rank))
    if len(ranked) == 1:
        chosen = ranked[0].growth if ranked[0].error <= tolerance.max_error else None
        return Fit(tuple(ranked), chosen, "" if chosen else "no model fits")
    best, runner_up = ranked[0], ranked[1]
    # Classes that differ by a lower-order wobble (n vs n log n on a short range) can tie: the simpler wins a near-tie.
    if runner_up.growth.rank < best.growth.rank and runner_up.error <= best.error * 1.02:
        ranked[0], ranked[1] = runner_up, best
        best, runner_up = ranked[0], ranked[1]
    chosen = best.growth if tolerance.accepts(best.error, runner_up.error) else None
    why = "" if chosen else (f"best {best.growth.value} (error {best.error:.3f}) is not clearly ahead of "
                             f"{runner_up.growth.value} (error {runner_up.error:.3f})")
    return Fit(tuple(ranked), chosen, why)
