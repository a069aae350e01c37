"""Local means local: a token on every request, our own Host, our own Origin.

A page on another site can make the browser send requests here: a form post, a
fetch in no-cors mode, or a DNS name it controls rebound to 127.0.0.1. Each is
refused: rebinding brings a foreign Host, a cross-site request a foreign Origin,
and neither knows the token, which the printed URL carries once and a cookie
(SameSite=Strict, HttpOnly) after that. A request that changes anything must also
carry the token in a header, which a cross-site form cannot set.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import parse_qsl, urlencode

TOKEN_PARAM = "token"
TOKEN_COOKIE = "judge_token"
TOKEN_HEADER = "x-judge-token"
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]")
SAFE_METHODS = ("GET", "HEAD")
HEADERS = [
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                 b"img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                                 b"frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


def new_token() -> str:
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class Allowed:
    """The Host values and Origins this server answers: its own names with its own port."""

    token: str
    port: int
    bound_host: str = "127.0.0.1"

    @property
    def hosts(self) -> frozenset[str]:
        names = set(LOOPBACK_NAMES)
        if self.bound_host not in ("0.0.0.0", "::", ""):
            names.add(f"[{self.bound_host}]" if ":" in self.bound_host else self.bound_host)
        return frozenset(f"{name}:{self.port}" for name in names)

    @property
    def origins(self) -> frozenset[str]:
        return frozenset(f"http://{host}" for host in self.hosts)

    def token_matches(self, given: str | None) -> bool:
        return given is not None and secrets.compare_digest(given.encode(), self.token.encode())


class Refusal(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def check(allowed: Allowed, method: str, headers: dict[str, str], query: dict[str, str]) -> str:
    """How the request proved it knows the token ("query", "cookie" or "header"); Refusal naming why not."""
    host = headers.get("host", "")
    if host not in allowed.hosts:
        raise Refusal(f"Host '{host}' is not this server's: open the URL judge serve printed")
    origin = headers.get("origin")
    if origin is not None and origin not in allowed.origins:
        raise Refusal(f"requests from '{origin}' are refused: only this server's own pages may call it")
    if allowed.token_matches(headers.get(TOKEN_HEADER)):
        return "header"
    if method not in SAFE_METHODS:
        raise Refusal(f"a {method} must carry the token in the {TOKEN_HEADER} header")
    if allowed.token_matches(query.get(TOKEN_PARAM)):
        return "query"
    cookie = SimpleCookie(headers.get("cookie", ""))
    if TOKEN_COOKIE in cookie and allowed.token_matches(cookie[TOKEN_COOKIE].value):
        return "cookie"
    raise Refusal("no valid token: open the URL judge serve printed (it ends in ?token=...)")


class Guard:
    """ASGI middleware: refuses with 403 what `check` refuses; trades a token in the URL for a cookie."""

    def __init__(self, app, allowed: Allowed):
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "websocket":  # the page uses none: refused before anything is read
            await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] != "http":  # lifespan
            await self.app(scope, receive, send)
            return
        headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        try:
            proof = check(self.allowed, scope.get("method", "GET"), headers, query)
        except Refusal as refusal:
            await _respond(send, 403, refusal.message.encode() + b"\n")
            return
        if proof == "query":  # into a cookie, and out of the address bar (and of any Referer)
            query.pop(TOKEN_PARAM)
            location = scope["path"] + (f"?{urlencode(query)}" if query else "")
            cookie = f"{TOKEN_COOKIE}={self.allowed.token}; Path=/; HttpOnly; SameSite=Strict"
            await _respond(send, 303, b"", [(b"location", location.encode()), (b"set-cookie", cookie.encode())])
            return
        await self.app(scope, receive, _with_headers(send))


def _with_headers(send):
    async def sending(message) -> None:
        if message["type"] == "http.response.start":
            message = dict(message, headers=list(message.get("headers", [])) + HEADERS)
        await send(message)

    return sending


async def _respond(send, status: int, body: bytes, headers: list | None = None) -> None:
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())] + HEADERS + (headers or [])})
    await send({"type": "http.response.body", "body": body})
