# attack: forge an error frame whose error is a list, not an object
# expect: RE
# local: RE
import json
import os
import struct


def two_sum(nums, target):
    body = json.dumps({"status": "error", "error": ["ZeroDivisionError", "division by zero"]}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
