"""What runs inside the sandbox: the runner (PID 1) and the per-case child.

The host imports `frames`, `canonical`, `leetcode` and `child` too, so the trusted
reference solution is called with exactly the conversions a submission gets.
"""
