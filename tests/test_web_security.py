"""`judge serve` is local: each way another page or another host could reach it is refused.

Requests go over a real socket to the server running in this process, with the
headers a browser on another site, or a DNS-rebinding page, would send.
"""

from __future__ import annotations

import http.client
import json
from pathlib import Path

import pytest

from judge.web.assets import STATIC, asset_path
from judge.web.security import TOKEN_COOKIE, TOKEN_HEADER
from judge.web.server import ServeSettings
from tests.web_support import served


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("serve")


@pytest.fixture(scope="module")
def server(folder):
    with served(folder, sandbox="local") as running:
        yield running


def request(server, method: str, path: str, headers: dict | None = None, body: dict | None = None,
            host: str | None = None) -> tuple[int, dict, str]:
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    sent = {"Host": f"localhost:{server.port}" if host is None else host, **(headers or {})}
    data = json.dumps(body).encode() if body is not None else None
    if data is not None:
        sent["Content-Type"] = "application/json"
    connection.request(method, path, body=data, headers=sent)
    response = connection.getresponse()
    text = response.read().decode("utf-8", "replace")
    connection.close()
    return response.status, {name.lower(): value for name, value in response.getheaders()}, text


def with_token(server) -> dict:
    return {TOKEN_HEADER: server.token}


def test_it_listens_on_loopback_only_by_default():
    assert ServeSettings().host == "127.0.0.1"


def test_a_request_without_the_token_is_refused(server):
    for path in ("/", "/api/problems", "/api/problems/two-sum/code", "/static/main.js"):
        status, _, text = request(server, "GET", path)
        assert status == 403, path
        assert "token" in text


def test_a_wrong_token_is_refused(server):
    assert request(server, "GET", "/?token=not-the-token")[0] == 403
    assert request(server, "GET", "/api/problems", {TOKEN_HEADER: "not-the-token"})[0] == 403
    assert request(server, "GET", "/api/problems", {"Cookie": f"{TOKEN_COOKIE}=not-the-token"})[0] == 403


def test_the_printed_url_trades_its_token_for_a_cookie_and_leaves_the_address_bar(server):
    assert server.url.endswith(f"/?token={server.token}")
    status, headers, _ = request(server, "GET", f"/?token={server.token}")
    assert status == 303 and headers["location"] == "/"
    cookie = headers["set-cookie"]
    assert cookie.startswith(f"{TOKEN_COOKIE}={server.token}") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, headers, page = request(server, "GET", "/", {"Cookie": f"{TOKEN_COOKIE}={server.token}"})
    assert status == 200 and "/static/main.js" in page
    assert "default-src 'self'" in headers["content-security-policy"]


def test_a_foreign_host_is_refused_even_with_the_token(server):
    """DNS rebinding: a page on evil.example, its name now pointing at 127.0.0.1, sends its own Host."""
    for host in (f"evil.example:{server.port}", "localhost:1", f"127.0.0.2:{server.port}", ""):
        status, _, text = request(server, "GET", "/api/problems", with_token(server), host=host)
        assert status == 403, host
        assert "Host" in text


def test_a_cross_origin_post_is_refused_even_with_the_token(server):
    source = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n"
    for origin in ("http://evil.example", f"http://evil.example:{server.port}", "null",
                   f"http://localhost:{server.port + 1}"):
        status, _, text = request(server, "POST", "/api/problems/two-sum/run",
                                  {**with_token(server), "Origin": origin}, {"code": source})
        assert status == 403, origin
        assert origin in text


def test_a_post_that_carries_only_the_cookie_is_refused(server):
    """A cross-site form sends cookies (SameSite aside) but can set no header: a change needs the header."""
    status, _, text = request(server, "PUT", "/api/problems/two-sum/code",
                              {"Cookie": f"{TOKEN_COOKIE}={server.token}"}, {"code": "x = 1\n"})
    assert status == 403 and TOKEN_HEADER in text


def test_our_own_origin_with_the_token_is_served(server):
    status, _, text = request(server, "GET", "/api/problems",
                              {**with_token(server), "Origin": f"http://localhost:{server.port}"})
    assert status == 200 and "two-sum" in text


@pytest.mark.parametrize("path", ["/static/../cli.py", "/static/%2e%2e/cli.py", "/static/..%2fcli.py",
                                  "/static/%2e%2e/%2e%2e/pyproject.toml", "/static//etc/passwd",
                                  "/static/vendor/../../app.py", "/../../../etc/passwd", "/etc/passwd"])
def test_no_file_outside_the_assets_is_served(server, path):
    status, _, text = request(server, "GET", path, with_token(server))
    assert status == 404, path
    assert "import" not in text and "root:" not in text


def test_an_asset_is_served(server):
    status, headers, text = request(server, "GET", "/static/main.js", with_token(server))
    assert status == 200 and headers["content-type"].startswith("text/javascript")


def test_asset_paths_stay_inside_their_folder(tmp_path):
    root = tmp_path / "static"
    root.mkdir()
    (root / "page.js").write_text("ok")
    (tmp_path / "secret.txt").write_text("secret")
    (root / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert asset_path("page.js", root) == (root / "page.js").resolve()
    for escape in ("../secret.txt", "/../secret.txt", "link.txt", str(tmp_path / "secret.txt"), "", ".", "a\x00b"):
        assert asset_path(escape, root) is None, escape
    assert asset_path("main.js") == (STATIC / "main.js").resolve()


def test_an_unknown_problem_names_no_file_outside_the_workspace(server):
    for problem_id in ("..%2f..%2fetc%2fpasswd", "%2e%2e", "two-sum%2f..%2f..%2fx"):
        status, _, text = request(server, "GET", f"/api/problems/{problem_id}/code", with_token(server))
        assert status == 404, problem_id
        assert "root:" not in text


def test_the_editor_writes_the_problems_own_file_in_the_workspace(server, folder):
    status, _, _ = request(server, "PUT", "/api/problems/two-sum/code", with_token(server), {"code": "x = 1\n"})
    assert status == 200
    _, _, text = request(server, "GET", "/api/problems/two-sum/code", with_token(server))
    assert json.loads(text)["file"] == "two_sum.py"
    assert (folder / "workspace" / "two_sum.py").read_text() == "x = 1\n"
    assert sorted(path.name for path in (folder / "workspace").iterdir()) == ["two_sum.py"]
