# attack: print frames that imitate the protocol and claim a pass, on every descriptor it can find
# expect: WA
# local: WA
import json
import os
import struct
import sys


def two_sum(nums, target):
    for status in ("ok", "AC"):
        body = json.dumps({"op": "result", "status": status, "value": [0, 1], "verdict": "AC"}).encode()
        frame = struct.pack(">I", len(body)) + body
        print(frame.decode("latin-1") * 10, flush=True)
        for fd in range(256):
            try:
                os.write(fd, frame)
            except OSError:
                pass
        for path in ("/proc/1/fd/1", "/proc/self/fd/1", "/dev/stdout", "/dev/tty"):
            try:
                with open(path, "wb") as f:
                    f.write(frame)
            except OSError:
                pass
    return [target, target]
