# attack: forge an answer frame holding Infinity, which Python's json reads but will not write again
# expect: RE
# local: RE
import os
import struct


def two_sum(nums, target):
    body = b'{"status":"ok","call_ms":1,"value":[Infinity,NaN]}'
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
