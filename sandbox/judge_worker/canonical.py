"""Turn whatever a submission returned into plain JSON the host can trust.

Runs in the child after the submission's code, so it relies only on references
captured at import time: a submission that rebinds builtins cannot reach them.
Exact type checks (`type(x) is int`) are deliberate: `class Evil(int)` passes
isinstance, and a subclass may lie in __eq__, __iter__ or __repr__.

Tagged forms (always objects with one `$` key) carry what JSON cannot:
  {"$float": "nan" | "inf" | "-inf"}
  {"$dict": [[key, value], ...]}
  {"$ndarray": {"shape": [...], "dtype": "float64", "data": [...flat...]}}   numpy arrays and torch tensors
  {"$opaque": "generator"}      a value the judge cannot compare: its type's name, or a
                                sentence saying why (see Opaque)

Sets and dict views (`d.values()`) become lists in their iteration order, as
LeetCode's serialiser writes them; iterating them runs no submission code.
"""

import math

from judge_worker import tensors

_type = type
_len = len
_int_value = int.__index__
_float_value = float.__float__
_str_value = str.__str__
_list_iter = list.__iter__
_tuple_iter = tuple.__iter__
_dict_items = dict.items
_set_iter = set.__iter__
_frozenset_iter = frozenset.__iter__
_keys_view, _values_view, _items_view = type({}.keys()), type({}.values()), type({}.items())
_isfinite = math.isfinite
_isnan = math.isnan
_isinstance = isinstance
_is_tensor, _tensor_array, _tensor_size = tensors.is_tensor, tensors.to_array, tensors.element_count

MAX_DEPTH = 200
MAX_NODES = 5_000_000
MAX_STRING = 64 * 1024 * 1024


class Opaque:
    """An answer the worker could not read, with the reason (a sentence shown to the user)."""

    def __init__(self, reason):
        self.reason = reason


class TooLarge(Exception):
    """The returned value exceeds the judge's size caps."""


class TooDeep(Exception):
    """The returned value nests too deeply, or contains itself."""


def _float(value):
    if _isfinite(value):
        return value
    if _isnan(value):
        return {"$float": "nan"}
    return {"$float": "inf" if value > 0 else "-inf"}


class _Canonicaliser:
    def __init__(self, numpy_module):
        self.nodes = 0
        self.np = numpy_module

    def visit(self, value, depth):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise TooLarge(f"the returned value has more than {MAX_NODES} elements")
        if depth > MAX_DEPTH:
            raise TooDeep(f"the returned value nests deeper than {MAX_DEPTH} levels or contains itself")
        kind = _type(value)
        if value is None or kind is bool:
            return value
        if kind is int:
            return value
        if kind is float:
            return _float(value)
        if kind is str:
            if _len(value) > MAX_STRING:
                raise TooLarge(f"the returned string has {_len(value)} characters")
            return value
        if kind is list or kind is tuple:
            items = _list_iter(value) if kind is list else _tuple_iter(value)
            return [self.visit(item, depth + 1) for item in items]
        if kind is dict:
            return {"$dict": [[self.visit(k, depth + 1), self.visit(v, depth + 1)] for k, v in _dict_items(value)]}
        if kind is _keys_view or kind is _values_view or kind is _items_view:
            # A view cannot be subclassed, and iterating it reads the dict's own table.
            return [self.visit(item, depth + 1) for item in value]
        return self.visit_other(value, kind, depth)

    def visit_other(self, value, kind, depth):
        np = self.np
        if np is not None and kind is np.ndarray:
            return self.visit_array(value)
        if np is not None and _isinstance(value, np.generic):
            return self.visit(value.item(), depth)
        if _is_tensor(value):
            return self.visit_tensor(value)
        # Subclasses of builtins are reduced to the builtin's own value, never trusted.
        if _isinstance(value, bool):
            return bool(_int_value(value))
        if _isinstance(value, int):
            return _int_value(value)
        if _isinstance(value, float):
            return _float(_float_value(value))
        if _isinstance(value, str):
            return self.visit(_str_value(value), depth)
        if _isinstance(value, list):
            return [self.visit(item, depth + 1) for item in _list_iter(value)]
        if _isinstance(value, tuple):
            return [self.visit(item, depth + 1) for item in _tuple_iter(value)]
        if _isinstance(value, dict):
            return {"$dict": [[self.visit(k, depth + 1), self.visit(v, depth + 1)] for k, v in _dict_items(value)]}
        if _isinstance(value, set) or _isinstance(value, frozenset):
            items = _set_iter(value) if _isinstance(value, set) else _frozenset_iter(value)
            return [self.visit(item, depth + 1) for item in items]
        if kind is Opaque:
            return {"$opaque": value.reason}
        if kind.__name__ == "deque" and kind.__module__ == "collections":
            return [self.visit(item, depth + 1) for item in list(value)]
        return {"$opaque": kind.__name__}

    def visit_tensor(self, tensor):
        """A torch.Tensor (the torch image): read as the numpy array it holds, so the host compares an $ndarray."""
        if _tensor_size(tensor) > MAX_NODES:
            raise TooLarge(f"the returned tensor has {_tensor_size(tensor)} elements")
        try:
            return self.visit_array(_tensor_array(tensor))
        except tensors.Unreadable as error:
            return {"$opaque": str(error)}

    def visit_array(self, array):
        if array.size > MAX_NODES:
            raise TooLarge(f"the returned array has {array.size} elements")
        self.nodes += array.size
        if array.dtype.kind in "fc":
            data = [_float(float(x)) for x in array.astype("float64").ravel().tolist()]
        elif array.dtype.kind in "iub":
            data = array.ravel().tolist()
        else:
            return {"$opaque": f"ndarray of dtype {array.dtype}"}
        return {"$ndarray": {"shape": list(array.shape), "dtype": str(array.dtype), "data": data}}


_int_text = int.__repr__
_CHECKED_BITS = 14_000  # an int this short has fewer digits than Python's int-to-text limit (4,300)


def opaque_long_ints(value):
    """A canonical value with each int too long for Python to write as text (over 4,300 digits)
    made opaque: no expected answer holds one (it could not be written either), so it is a
    wrong answer, not a crash. Used only when writing the answer failed, so it costs honest answers nothing."""
    kind = _type(value)
    if kind is int and value.bit_length() > _CHECKED_BITS:
        try:
            _int_text(value)
        except ValueError:
            return {"$opaque": f"{_digits(value)}-digit int"}  # as the host names one (judge/backends/schema.py)
        return value
    if kind is list:
        return [opaque_long_ints(item) for item in value]
    if kind is dict:
        return {key: opaque_long_ints(item) for key, item in _dict_items(value)}
    return value


def _digits(value):
    """How many decimal digits `value` has, without writing it as text."""
    value = abs(value)
    estimate = int((value.bit_length() - 1) * 0.30102999566398120) + 1
    return estimate + (value >= 10 ** estimate)


def canonicalise(value, numpy_module=None):
    """Return `value` as JSON-safe builtins, raising TooLarge or TooDeep past the caps."""
    return _Canonicaliser(numpy_module).visit(value, 0)
