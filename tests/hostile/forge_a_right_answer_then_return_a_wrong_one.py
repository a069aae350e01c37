# attack: in the reused child, write a right answer frame of its own, then return a wrong one, which would be read as the next case's answer
# expect: WA
# local: WA
import json
import os
import struct


def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            body = json.dumps({"status": "ok", "call_ms": 1, "value": [seen[target - x], i]}).encode()
            os.write(4, struct.pack(">I", len(body)) + body)
            return [-1, -1]
        seen[x] = i
