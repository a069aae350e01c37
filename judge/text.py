"""Text a submission wrote, made safe to show: nothing it prints can steer a terminal or break a file.

A submission controls its output, its exception messages and the type names in its
answers. Shown raw, an escape sequence could clear the screen and draw a fake
"Accepted", and a lone surrogate (from an exception message, or a file name that
is not UTF-8) makes any UTF-8 writer raise. Reports for people (the terminal,
Markdown, JUnit, GitHub annotations) show such characters as visible escapes;
`--json` keeps the exact text (json.dumps escapes what JSON needs).
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), lone surrogates,
# and the bidirectional overrides that reorder what a reader sees ("Trojan Source").
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_IN_NAMES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\\\\]")  # and the backslash


def visible(text: str) -> str:
    """`text` with every control character but newline and tab, and every lone surrogate, as an escape
    (\\x1b, \\u202e, \\udcff). Plain text is returned as it is."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def visible_name(name: str) -> str:
    """A file name, losslessly: every character `visible` escapes, and newline, tab and the backslash
    itself, so that the escapes read back as exactly one name (a byte that is not UTF-8, which
    Python reads as a surrogate, shows as \\udcff)."""
    return _UNSAFE_IN_NAMES.sub(_escape, name)


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    if code == 0x5C:
        return "\\\\"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


__all__ = ["visible", "visible_name"]
