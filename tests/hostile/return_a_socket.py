# attack: return an open socket
# expect: WA
# local: WA
import socket


def two_sum(nums, target):
    return socket.socket()
