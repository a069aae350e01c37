# attack: write its own answer frame to the child's answer pipe (fd 4), an array of shape [2] with no data, then exit
# expect: RE
# local: RE
import json
import os
import struct


def two_sum(nums, target):
    body = json.dumps({"status": "ok", "value": {"$ndarray": {"shape": [2], "dtype": "int64", "data": []}}}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
