"""Submit streams each case's verdict as server-sent events while the judgement runs, then the result."""

from __future__ import annotations

import http.client
import json

import pytest

from judge.web.security import TOKEN_HEADER
from tests.web_support import served

pytestmark = pytest.mark.docker

SOLUTION = """class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
"""


def events(stream) -> list[tuple[str, dict]]:
    found, kind = [], "message"
    for raw in stream:
        line = raw.decode().rstrip("\n")
        if line.startswith("event: "):
            kind = line[7:]
        elif line.startswith("data: "):
            found.append((kind, json.loads(line[6:])))
    return found


def test_cases_stream_in_before_the_result(tmp_path):
    with served(tmp_path) as server:
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=180)
        connection.request("POST", "/api/problems/two-sum/submit", body=json.dumps({"code": SOLUTION}),
                           headers={"Host": f"localhost:{server.port}", TOKEN_HEADER: server.token,
                                    "Content-Type": "application/json"})
        response = connection.getresponse()
        assert response.status == 200 and response.getheader("content-type").startswith("text/event-stream")
        received = events(response)
        connection.close()
    kinds = [kind for kind, _ in received]
    assert kinds[0] == "started" and kinds[-1] == "result"
    cases = [data for kind, data in received if kind == "case"]
    assert len(cases) >= 10 and [case["n"] for case in cases] == list(range(1, len(cases) + 1))
    assert cases[0]["name"] == "example 1" and all(case["verdict"] == "AC" for case in cases)
    result = received[-1][1]
    assert result["verdict"] == "AC" and result["passed"] >= len(cases)
