# attack: monkeypatch builtins, time, json and the worker's own functions to forge a pass
# expect: WA RE
# local: WA RE
import builtins
import json
import sys
import time


def two_sum(nums, target):
    forged = [0, 1]
    for name, module in list(sys.modules.items()):
        if name.startswith("judge_worker"):
            for attribute in ("canonicalise", "encode", "run_case", "describe_error"):
                if hasattr(module, attribute):
                    setattr(module, attribute, lambda *a, **k: forged)
    json.dumps = lambda *a, **k: '{"status": "ok", "value": [0, 1]}'
    time.perf_counter = lambda: 0.0
    builtins.type = lambda *a: list
    builtins.isinstance = lambda *a: True
    return [target, target]
