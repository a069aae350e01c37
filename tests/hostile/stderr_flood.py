# attack: output flood on stderr
# expect: OLE
# local: OLE
import os


def two_sum(nums, target):
    block = b"E" * 65536
    while True:
        os.write(2, block)
