"""Errors the judge reports to a user in one line, each with its exit code.

Exit codes, as online-judge tools use them: 0 Accepted, 1 another verdict,
2 a usage error (bad arguments, an unreadable submission), 3 the environment or
the judge itself (unknown problem, no Docker engine, image missing, a broken
problem, an internal error), 130 interrupted.
"""


class JudgeError(Exception):
    """A failure the user can act on; the CLI prints it as one line."""

    exit_code = 3

    def __init__(self, message: str, hint: str = ""):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class SubmissionError(JudgeError):
    """The submission file cannot be judged at all: missing, empty, binary, not UTF-8."""

    exit_code = 2


class UsageError(JudgeError):
    """The user's arguments or settings cannot be used: a path where a folder is needed, a file in the way."""

    exit_code = 2


class UnknownProblem(JudgeError):
    exit_code = 3


class ProblemFormatError(JudgeError):
    """A problem folder is malformed; the message names the file and the field."""

    exit_code = 3


class SandboxUnavailable(JudgeError):
    """No engine answers, or the image is missing."""

    exit_code = 3


class SandboxFailure(JudgeError):
    """The sandbox broke in a way that is the judge's fault, not the submission's."""

    exit_code = 3
