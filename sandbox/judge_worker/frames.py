"""Length-prefixed JSON frames: the only language the runner and the host share.

A frame is a 4-byte big-endian length followed by that many bytes of UTF-8 JSON.
Lengths make the stream self-delimiting, so nothing a submission prints can be
mistaken for a frame: the submission never holds the runner's channel anyway.
"""

import json
import struct

HEADER = struct.Struct(">I")
MAX_FRAME = 256 * 1024 * 1024


def encode(message):
    body = json.dumps(message, separators=(",", ":"), allow_nan=False).encode("utf-8")
    return HEADER.pack(len(body)) + body


def read_exact(read, size):
    """Read exactly `size` bytes with `read`, or return None at end of stream."""
    chunks = []
    while size:
        chunk = read(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
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
