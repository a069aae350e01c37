"""Where a submission runs: a hardened Docker container, or a local subprocess.

Both speak the same framed protocol to the same runner (sandbox/judge_worker), so
they differ only in isolation, and `open_sandbox` picks one for the user.
"""

from judge.backends.base import LoadRequest, Sandbox, Session, WorkerResult
from judge.backends.choice import open_sandbox, sandbox_choice

__all__ = ["LoadRequest", "Sandbox", "Session", "WorkerResult", "open_sandbox", "sandbox_choice"]
