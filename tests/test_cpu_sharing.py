"""A session's runner and the host thread that talks to it share one CPU (judge/backends/affinity.py).

Why it matters: on a virtual machine a wake-up on another CPU costs more than a
whole property example; parallel sessions must still spread over the CPUs.
"""

from __future__ import annotations

import os

import pytest

from judge.backends import affinity
from judge.backends.base import LoadRequest, frames
from judge.problem import load_problem

SOURCE = "def two_sum(nums, target):\n    return [0, 1]\n"


@pytest.fixture
def private_claims(tmp_path, monkeypatch):
    """Claims in a folder of this test's own, so other test workers' sessions do not take the CPUs."""
    monkeypatch.setattr(affinity, "claims_folder", lambda: tmp_path)
    return tmp_path


def two_sum_load() -> LoadRequest:
    return LoadRequest(SOURCE, "solution.py", load_problem("two-sum").signature.entry(), 1.0, 256, 1 << 20)


def runner_pid(session) -> int:
    if hasattr(session, "container"):
        return session.container.attrs["State"]["Pid"]
    return session.process.pid


def test_the_runner_and_the_talking_thread_share_the_claimed_cpu_until_the_session_closes(sandbox, private_claims):
    everywhere = os.sched_getaffinity(0)
    session = sandbox.open(two_sum_load())
    try:
        cpu = session.shared_cpu
        assert cpu in everywhere
        assert session.run({"nums": [3, 4], "target": 7}).value == [0, 1]
        assert os.sched_getaffinity(runner_pid(session)) == {cpu}
        assert os.sched_getaffinity(0) == {cpu}
    finally:
        session.close()
    assert os.sched_getaffinity(0) == everywhere
    claims = [affinity.claim() for _ in everywhere]
    assert None not in claims, "closing the session frees its CPU"
    for claim in claims:
        claim.release()


def test_parallel_sessions_claim_different_cpus_and_run_unpinned_when_none_is_free(private_claims):
    cpus = os.sched_getaffinity(0)
    claims = [affinity.claim() for _ in cpus]
    try:
        assert {claim.cpu for claim in claims} == cpus
        assert affinity.claim() is None
    finally:
        for claim in claims:
            claim.release()
    assert affinity.claim() is not None


def test_cpu_sharing_can_be_turned_off(private_claims, monkeypatch):
    monkeypatch.setenv("JUDGE_SHARE_CPU", "0")
    assert affinity.claim() is None


def test_while_cases_are_sent_ahead_the_talking_thread_may_run_on_any_cpu_then_shares_again(sandbox, private_claims):
    # Sent ahead, the host and the runner work at the same time rather than in turns.
    everywhere = os.sched_getaffinity(0)
    session = sandbox.open(two_sum_load())
    try:
        cpu = session.shared_cpu
        encoded = [frames.encode({"nums": [3, 4], "target": 7})] * 50
        seen = []
        for worker in session.run_ahead(encoded):
            seen.append(os.sched_getaffinity(0))
            assert worker.value == [0, 1]
        assert all(affinity_now == everywhere for affinity_now in seen)
        assert session.run({"nums": [3, 4], "target": 7}).value == [0, 1]
        assert os.sched_getaffinity(0) == {cpu}  # one at a time again: sharing the runner's CPU
    finally:
        session.close()
    assert os.sched_getaffinity(0) == everywhere
