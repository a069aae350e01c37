"""The page's own files: static/ and nothing outside it, whatever the path says."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from starlette.responses import FileResponse, PlainTextResponse, Response

STATIC = Path(__file__).parent / "static"
TYPES = {".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".woff2": "font/woff2",
         ".html": "text/html", ".svg": "image/svg+xml", ".png": "image/png", ".md": "text/plain"}


def asset_path(relative: str, root: Path = STATIC) -> Path | None:
    """The file `relative` names under `root`, or None for anything else: a missing file, a folder,
    a path that climbs out (.., an absolute path, a symlink pointing away)."""
    if "\x00" in relative or "\\" in relative:
        return None
    base = root.resolve()
    candidate = (base / relative.lstrip("/")).resolve()
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    return candidate


def asset_response(relative: str) -> Response:
    path = asset_path(relative)
    if path is None:
        return PlainTextResponse(f"no asset '{relative}'\n", status_code=404)
    media = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path, media_type=media)


def index_page(token: str) -> str:
    """The one HTML page; the token rides in a meta tag for the API calls' header (the page itself
    is only served to a request that already proved it knows it)."""
    return (STATIC / "index.html").read_text(encoding="utf-8").replace("{{token}}", token)
