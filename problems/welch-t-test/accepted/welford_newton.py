# One-pass Welford variances; the tail through the incomplete beta's continued fraction
# (evaluated backwards from a fixed depth, no Lentz), the series where it converges fast;
# the critical value by safeguarded Newton on the t density instead of bisection.
import math


def _front(a, b, x):
    return math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))


def _series(a, b, x, limit=2000):
    """x^a (1-x)^b / (a B(a, b)) * sum_n (a + b)_n / (a + 1)_n x^n, or None if it is slow."""
    term = total = 1.0
    for n in range(limit):
        term *= (a + b + n) / (a + 1 + n) * x
        total += term
        if term < 1e-17 * total:
            return _front(a, b, x) * total / a
    return None


def _fraction(a, b, x, depth):
    """The continued fraction of I_x(a, b) * a / front, evaluated from its tail upwards."""
    value = 1.0
    for m in range(depth, 0, -1):
        even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
        odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
        value = 1.0 + even / (1.0 + odd / value)
    return 1.0 / (1.0 - (a + b) * x / (a + 1) / value)


def _cf(a, b, x):
    depth = 64
    previous = _fraction(a, b, x, depth)
    while True:
        depth *= 2
        current = _fraction(a, b, x, depth)
        if abs(current - previous) <= 1e-15 * abs(current):
            return _front(a, b, x) * current / a
        previous = current


def _ibeta(a, b, x):
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    if x < (a + 1) / (a + b + 2):
        quick = _series(a, b, x)
        return quick if quick is not None else _cf(a, b, x)
    quick = _series(b, a, 1 - x)
    return 1.0 - (quick if quick is not None else _cf(b, a, 1 - x))


def _tail(t, df):
    return _ibeta(df / 2, 0.5, df / (df + t * t))


def _density(t, df):
    return math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
                    - (df + 1) / 2 * math.log1p(t * t / df))


def _critical(alpha, df):
    lo, hi = 0.0, 1.0
    while _tail(hi, df) > alpha:
        lo, hi = hi, 2 * hi
    t = 0.5 * (lo + hi)
    for _ in range(200):
        f = _tail(t, df) - alpha
        if f > 0:
            lo = t
        else:
            hi = t
        new = t + f / (2 * _density(t, df))  # the tail's derivative is -2 * density
        if not lo < new < hi:
            new = 0.5 * (lo + hi)
        if abs(new - t) <= 1e-15 * t:
            return new
        t = new
    return t


def _mean_var(values):
    mean = m2 = 0.0
    for k, v in enumerate(values, start=1):
        delta = v - mean
        mean += delta / k
        m2 += delta * (v - mean)
    return mean, m2 / (len(values) - 1)


def welch_t_test(a, b, confidence):
    ma, va = _mean_var(a.tolist())
    mb, vb = _mean_var(b.tolist())
    sa, sb = va / len(a), vb / len(b)
    se = math.sqrt(sa + sb)
    df = (sa + sb) ** 2 / (sa * sa / (len(a) - 1) + sb * sb / (len(b) - 1))
    t = (ma - mb) / se
    margin = _critical(1 - confidence, df) * se
    return t, df, _tail(t, df), ma - mb - margin, ma - mb + margin
