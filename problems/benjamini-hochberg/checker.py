"""The adjusted p-values within tolerance, the rejections exactly; a rejection may be a bool
or a 0/1 integer (the judge's tolerance comparison takes no bools, hence this checker)."""

import math

REL_TOL = 1e-9
ABS_TOL = 1e-12


def _values(value):
    """A 1-D answer as a list: a returned numpy array arrives as {"$ndarray": {shape, dtype, data}}."""
    if isinstance(value, dict) and isinstance(value.get("$ndarray"), dict):
        array = value["$ndarray"]
        if not isinstance(array.get("shape"), list) or len(array["shape"]) != 1:
            return None
        return array.get("data") if isinstance(array.get("data"), list) else None
    return value if isinstance(value, (list, tuple)) else None


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def check(input, expected, got):
    m = len(input["p_values"])
    if not isinstance(got, (list, tuple)) or len(got) != 2:
        return "expected a pair (adjusted, rejected)"
    adjusted, rejected = _values(got[0]), _values(got[1])
    for name, values in (("adjusted", adjusted), ("rejected", rejected)):
        if values is None or len(values) != m:
            return f"{name} should be a 1-D array of {m} values"
    wanted_adjusted, wanted_rejected = _values(expected[0]), _values(expected[1])
    for i, (want, value) in enumerate(zip(wanted_adjusted, adjusted)):
        if not _number(value) or not math.isfinite(value):
            return f"adjusted[{i}] is {value!r}, not a finite number"
        if not math.isclose(value, want, rel_tol=REL_TOL, abs_tol=ABS_TOL):
            return f"adjusted[{i}] = {value!r}, expected {want!r}"
    for i, (want, value) in enumerate(zip(wanted_rejected, rejected)):
        if not (isinstance(value, bool) or value in (0, 1)) or isinstance(value, float):
            return f"rejected[{i}] is {value!r}, not a bool"
        if bool(value) != bool(want):
            return f"rejected[{i}] = {bool(value)}, expected {bool(want)} (adjusted p-value {wanted_adjusted[i]!r}, q = {input['q']!r})"
    return None
