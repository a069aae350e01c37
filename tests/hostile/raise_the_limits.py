# attack: raise its own resource limits and become root
# expect: WA
# local: unsafe: as root, the local backend lets the submission raise its own limits
import os
import resource


def two_sum(nums, target):
    raised = []
    for limit in (resource.RLIMIT_CPU, resource.RLIMIT_AS, resource.RLIMIT_NPROC, resource.RLIMIT_FSIZE):
        try:
            resource.setrlimit(limit, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            raised.append(limit)
        except (ValueError, OSError):
            pass
    try:
        os.setuid(0)
        raised.append("root")
    except OSError:
        pass
    return raised  # the empty list: nothing raised (a wrong answer)
