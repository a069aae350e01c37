"""Where a submission runs: a hardened Docker container, or a local subprocess.

Both speak the same framed protocol to the same runner (judge_worker, under sandbox/),
so they differ only in isolation, and `sandbox_choice` picks one for the user. Every
command opens its sessions the same way: `sandbox.open(load)`.

The names below are imported on first use, so `import judge.backends` stays cheap.
"""

from __future__ import annotations

from judge.lazy import lazy_exports

_HOMES = {"LoadRequest": "judge.backends.base", "Sandbox": "judge.backends.base", "Session": "judge.backends.base",
          "WorkerResult": "judge.backends.base", "sandbox_choice": "judge.backends.choice"}

__all__ = list(_HOMES)
__getattr__ = lazy_exports(globals(), _HOMES)
