# attack: kill PID 1 and the parent (the runner), then answer wrongly
# expect: WA
# local: unsafe: the local runner is an ordinary process that the submission can kill (the run ends in IE)
import os
import signal


def two_sum(nums, target):
    for pid in (1, os.getppid()):
        for number in (signal.SIGKILL, signal.SIGTERM, signal.SIGSTOP):
            try:
                os.kill(pid, number)
            except OSError:
                pass
    try:
        os.kill(-1, signal.SIGKILL)
    except OSError:
        pass
    return [9, 9]
