# attack: forge an answer frame with a status the judge does not know, to be reported as the judge's fault
# expect: RE
# local: RE
import json
import os
import struct


def two_sum(nums, target):
    body = json.dumps({"status": "accepted", "value": [0, 1]}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
