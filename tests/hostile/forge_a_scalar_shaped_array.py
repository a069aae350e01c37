# attack: forge an answer frame holding an array of shape [] and no data where a number is expected
# problem: coin-change
# expect: RE
# local: RE
import json
import os
import struct


def coin_change(coins, amount):
    body = json.dumps({"status": "ok", "value": {"$ndarray": {"shape": [], "dtype": "int64", "data": []}}}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
