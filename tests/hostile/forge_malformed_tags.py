# attack: forge an ok answer frame holding tags outside the protocol ({"$float": "bogus"}, {"$dict": 5})
# expect: RE
# local: RE
import json
import os
import struct


def two_sum(nums, target):
    body = json.dumps({"status": "ok", "value": [{"$float": "bogus"}, {"$dict": 5}]}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
