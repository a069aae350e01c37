"""Where a submission runs: a hardened Docker container, or a local subprocess.

Both speak the same framed protocol to the same runner (sandbox/judge_worker), so
they differ only in isolation, and `open_sandbox` picks one for the user.

The names below are imported on first use: `judge run` forks its container's starter
(judge/backends/starter.py) before it imports anything else of the judge.
"""

from __future__ import annotations

from judge.lazy import lazy_exports

_HOMES = {"LoadRequest": "judge.backends.base", "Sandbox": "judge.backends.base", "Session": "judge.backends.base",
          "WorkerResult": "judge.backends.base", "open_sandbox": "judge.backends.choice",
          "sandbox_choice": "judge.backends.choice"}

__all__ = list(_HOMES)
__getattr__ = lazy_exports(globals(), _HOMES)
