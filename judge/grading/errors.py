"""The grader's own usage errors: a bad --shard, a ref git does not know, a durations file that is not one."""

from judge.errors import JudgeError


class UsageError(JudgeError):
    """Bad arguments to `judge grade`: exit code 2, as for any usage error."""

    exit_code = 2
