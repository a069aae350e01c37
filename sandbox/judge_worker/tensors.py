"""torch.Tensor arguments and answers, where the runner imported torch (the torch image).

The runner calls enable(torch) before any submission runs, so the classes and the
methods that read an answer are captured before a submission could rebind them. Until
then (on the host, in the numpy image) a Tensor parameter is built as a numpy array of
the same dtype: that is what a torch problem's reference, written in numpy and run on
the host, receives. An answer tensor is read as the numpy array it holds, so the host
compares it as any array (the canonical $ndarray) and never imports torch.
"""

_type = type
_torch = None  # the captured pieces of torch, once enabled


class _Captured:
    def __init__(self, torch):
        self.from_numpy = torch.from_numpy
        self.classes = (torch.Tensor, torch.nn.Parameter)
        self.strided = torch.strided
        self.bfloat16, self.float32 = torch.bfloat16, torch.float32
        self.detach = torch.Tensor.detach
        self.to = torch.Tensor.to
        self.resolve_conj = torch.Tensor.resolve_conj
        self.resolve_neg = torch.Tensor.resolve_neg
        self.contiguous = torch.Tensor.contiguous
        self.numpy = torch.Tensor.numpy
        self.numel = torch.Tensor.numel
        self.layout = torch.Tensor.layout.__get__
        self.dtype = torch.Tensor.dtype.__get__
        self.is_quantized = torch.Tensor.is_quantized.__get__


def enable(torch):
    """Build Tensor parameters as torch tensors and read returned tensors, from now on (and in forked children)."""
    global _torch
    _torch = _Captured(torch)


def enabled():
    return _torch is not None


def build(value, dtype):
    """A tensor of `dtype` from a case's nested lists (a numpy array where torch is not enabled)."""
    import numpy

    array = numpy.asarray(value, dtype=dtype)
    if _torch is None:
        return array
    if not array.flags.writeable:
        array = array.copy()
    return _torch.from_numpy(array)


def is_tensor(value):
    """Exactly a torch.Tensor or an nn.Parameter: a subclass of the submission's is not read as one."""
    if _torch is None:
        return False
    kind = _type(value)
    return kind is _torch.classes[0] or kind is _torch.classes[1]


class Unreadable(Exception):
    """A tensor that holds no plain array (sparse, quantized); the message says which."""


def to_array(tensor):
    """The numpy array a tensor holds, detached from autograd; bfloat16 read as float32."""
    captured = _torch
    if captured.layout(tensor) is not captured.strided:
        raise Unreadable(f"a {captured.layout(tensor)} tensor (return a dense one: .to_dense())")
    if captured.is_quantized(tensor):
        raise Unreadable("a quantized tensor (return a float one: .dequantize())")
    tensor = captured.detach(tensor)
    if captured.dtype(tensor) is captured.bfloat16:
        tensor = captured.to(tensor, captured.float32)
    tensor = captured.contiguous(captured.resolve_neg(captured.resolve_conj(tensor)))
    return captured.numpy(tensor)


def element_count(tensor):
    return _torch.numel(tensor)
