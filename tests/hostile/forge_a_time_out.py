# attack: forge a frame with a status only the runner gives (a time-out blamed on a busy machine), to pass a failure off as the judge's doing
# expect: RE
# local: RE
import json
import os
import struct


def two_sum(nums, target):
    body = json.dumps({"status": "tle", "reason": "busy", "cpu_ms": 0}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
