"""Any longest palindromic substring is right: check the one returned, not which one."""


def check(input, expected, got):
    s = input["s"]
    if not isinstance(got, str):
        return f"expected a string, got {type(got).__name__}"
    if got != got[::-1]:
        return f"{got[:50]!r} is not a palindrome"
    if got not in s:
        return f"{got[:50]!r} is not a substring of s"
    if len(got) != len(expected):
        return f"expected a palindrome of length {len(expected)}, got one of length {len(got)}"
    return None
