# attack: ignore or catch every signal the runner and the kernel use, then spin
# expect: TLE
# local: TLE
import signal


def two_sum(nums, target):
    for number in (signal.SIGXCPU, signal.SIGTERM, signal.SIGINT, signal.SIGALRM, signal.SIGHUP, signal.SIGXFSZ):
        signal.signal(number, signal.SIG_IGN)
    while True:
        pass
