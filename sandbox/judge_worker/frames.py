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
    header = read_exact(read, HEADER.size)
    if header is None:
        return None
    (size,) = HEADER.unpack(header)
    if size > MAX_FRAME:
        raise ValueError(f"frame of {size} bytes is larger than {MAX_FRAME}")
    body = read_exact(read, size)
    if body is None:
        return None
    return json.loads(body)
