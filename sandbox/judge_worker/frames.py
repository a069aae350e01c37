"""Length-prefixed JSON frames: the only language the runner and the host share.

A frame is a 4-byte big-endian length followed by that many bytes of UTF-8 JSON.
Lengths make the stream self-delimiting, so nothing a submission prints can be
mistaken for a frame: the submission never holds the runner's channel anyway.
"""

import json
import struct

HEADER = struct.Struct(">I")
MAX_FRAME = 256 * 1024 * 1024

# Captured at import: the child encodes its answer after the submission has run,
# and a submission may have rebound json.dumps or builtins.len by then.
_dumps = json.JSONEncoder(separators=(",", ":"), allow_nan=False).encode
_pack = HEADER.pack
_len = len


def json_bytes(value):
    """The one JSON encoding both sides use: a value inside a frame is encoded exactly like this."""
    return _dumps(value).encode("utf-8")


def encode(message):
    body = _dumps(message).encode("utf-8")
    return _pack(_len(body)) + body


def read_exact(read, size):
    """Read exactly `size` bytes with `read`, or return None at end of stream."""
    chunks = []
    while size:
        chunk = read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= _len(chunk)
    return b"".join(chunks)


def read_frame(read):
    parts = read_parts(read)
    return None if parts is None else json.loads(parts[1])


def read_raw(read):
    """One whole frame, header included, undecoded (to forward it); None at end of stream."""
    parts = read_parts(read)
    return None if parts is None else parts[0] + parts[1]


def read_parts(read):
    """(header, body) of the next frame, undecoded; None at end of stream."""
    header = read_exact(read, HEADER.size)
    if header is None:
        return None
    (size,) = HEADER.unpack(header)
    if size > MAX_FRAME:
        raise ValueError(f"frame of {size} bytes is larger than {MAX_FRAME}")
    body = read_exact(read, size)
    if body is None:
        return None
    return header, body


def decode_last(data):
    """The message in the last of the whole frames that make up `data`; ValueError if they do not."""
    return decode(last_frame(data)[HEADER.size:])


def decode(body):
    """A frame's message, refusing NaN and the infinities (encode() would not write them again)."""
    return json.loads(body, parse_constant=_refuse_constant)


def last_frame(data):
    """The last of the whole frames that make up `data`, header included; ValueError if they do not.

    A child's answer pipe is reachable by the submission itself, which may write
    frames of its own while it runs; the child's trusted code writes its answer
    after the call returns, so the last frame is the real one.
    """
    position, last = 0, None
    while position < _len(data):
        if _len(data) - position < HEADER.size:
            raise ValueError("a partial frame header")
        (size,) = HEADER.unpack_from(data, position)
        if size > MAX_FRAME or position + HEADER.size + size > _len(data):
            raise ValueError(f"a partial frame of {size} bytes")
        last = position
        position += HEADER.size + size
    if last is None:
        raise ValueError("no frame")
    return data[last:]


def _refuse_constant(name):
    """NaN and the infinities are not JSON, and encode() would refuse to pass them on."""
    raise ValueError(f"{name} is not JSON")
