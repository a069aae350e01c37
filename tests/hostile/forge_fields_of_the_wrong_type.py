# attack: forge an ok answer frame whose call_ms is text and whose value_json is a number
# expect: RE
# local: RE
import json
import os
import struct


def two_sum(nums, target):
    body = json.dumps({"status": "ok", "call_ms": "fast", "value_json": 5, "value": [0, 1]}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
