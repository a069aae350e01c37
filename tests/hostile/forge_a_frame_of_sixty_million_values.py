# attack: forge a 120 MB answer frame of sixty million zeros, to make the runner build a list that runs the container out of memory
# expect: RE
# local: RE
import os
import struct


def two_sum(nums, target):
    body = b'{"status":"ok","call_ms":1,"value":[' + b"0," * 60_000_000 + b"0]}"
    view = memoryview(struct.pack(">I", len(body)) + body)
    while view:
        view = view[os.write(4, view):]
    os._exit(0)
