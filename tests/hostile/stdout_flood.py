# attack: output flood on stdout
# expect: OLE
# local: OLE
import sys


def two_sum(nums, target):
    line = "spam" * 1000 + "\n"
    while True:
        sys.stdout.write(line)
