"""`judge serve` from the command line: it prints a URL with its token, and Ctrl-C stops it cleanly."""

from __future__ import annotations

import os
import socket
import sys
import urllib.request
from pathlib import Path

import pexpect

JUDGE = str(Path(sys.executable).parent / "judge")


def spawn(tmp_path, *args: str) -> pexpect.spawn:
    env = dict(os.environ, JUDGE_DATA_DIR=str(tmp_path / "data"), JUDGE_WORKSPACE=str(tmp_path / "workspace"))
    return pexpect.spawn(JUDGE, ["serve", "--no-open", "--sandbox", "local", *args], env=env, encoding="utf-8",
                         timeout=60)


def test_it_prints_a_url_with_its_token_and_stops_on_ctrl_c(tmp_path):
    child = spawn(tmp_path, "--port", "0")
    child.expect(r"open (http://localhost:(\d+)/\?token=([\w-]+))")
    url, token = child.match.group(1), child.match.group(3)
    assert len(token) >= 32
    browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())  # keeps the cookie, as a browser
    with browser.open(url) as response:  # the token in the URL opens the page
        assert b"/static/main.js" in response.read()
    child.sendintr()
    child.expect("judge serve: stopped")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_a_taken_port_is_named_with_what_to_do(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        child = spawn(tmp_path, "--port", str(port))
        child.expect(pexpect.EOF)
        child.close()
    assert child.exitstatus == 2
    assert f"cannot listen on 127.0.0.1:{port}" in child.before and "--port" in child.before


def test_the_problem_list_follows_an_edited_problem_yaml_without_a_restart(problem_bank):
    from judge.web.catalogue import problem_list

    root = problem_bank("two-sum")
    assert [p["title"] for p in problem_list()["problems"]] == ["Two Sum"]
    spec = root / "two-sum" / "problem.yaml"
    spec.write_text(spec.read_text().replace("title: Two Sum", "title: Two Sum, Revised"))
    os.utime(spec, ns=(spec.stat().st_atime_ns, spec.stat().st_mtime_ns + 10**9))  # a coarse clock's next tick
    assert [p["title"] for p in problem_list()["problems"]] == ["Two Sum, Revised"]
